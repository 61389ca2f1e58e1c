import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type { AuditEventView, AuditPageResponse, AuditVerifyResponse } from '@haven/contracts';

import { INSTANT_SCHEMA } from '@api/common/openapi/schema-options';

@ApiSchema({
  name: 'AuditEventView',
  description:
    'One audit row as an admin sees it: who, what, when, where, and case references only.',
})
export class AuditEventViewDoc implements AuditEventView {
  @ApiProperty() id!: string;
  @ApiProperty(INSTANT_SCHEMA) occurredAt!: string;
  @ApiProperty() action!: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) actorUserId!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) actorName!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) targetType!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) targetId!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) caseReference!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) requestId!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) ip!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) route!: string | null;
}

@ApiSchema({ name: 'AuditPageResponse', description: 'One page of the audit trail, newest first.' })
export class AuditPageResponseDoc implements AuditPageResponse {
  @ApiProperty({ type: [AuditEventViewDoc] }) events!: AuditEventViewDoc[];
  @ApiProperty({ type: 'string', nullable: true }) nextCursor!: string | null;
}

@ApiSchema({ name: 'AuditBrokenRow', description: 'The first row whose hash does not verify.' })
export class AuditBrokenRowDoc {
  @ApiProperty() id!: string;
  @ApiProperty() reason!: string;
}

@ApiSchema({
  name: 'AuditVerifyResponse',
  description:
    "The hash chain check of the whole audit trail (one chain across every organisation), told as it concerns the asking organisation's rows.",
})
export class AuditVerifyResponseDoc implements AuditVerifyResponse {
  @ApiProperty() verified!: boolean;
  @ApiProperty({ type: 'integer', description: 'How many audit rows the organisation has.' })
  rows!: number;
  @ApiProperty({
    type: AuditBrokenRowDoc,
    nullable: true,
    description: "The first row that does not verify, when it is one of the organisation's rows.",
  })
  firstBrokenRow!: AuditBrokenRowDoc | null;
  @ApiProperty({
    description:
      'The chain breaks first at a row outside the organisation; its id is not shown here, and the operator finds it with npm run audit:verify.',
  })
  brokenOutsideOrganisation!: boolean;
}
