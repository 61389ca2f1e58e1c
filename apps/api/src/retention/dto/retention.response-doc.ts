import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type {
  CaseRetentionResponse,
  RetentionSettings,
  RetentionSettingsResponse,
} from '@haven/contracts';

import { CIVIL_DATE_SCHEMA, INSTANT_SCHEMA } from '@api/common/openapi/schema-options';

@ApiSchema({ name: 'RetentionSettings', description: "An organisation's retention period." })
export class RetentionSettingsDoc implements RetentionSettings {
  @ApiProperty({ type: 'integer' }) retentionYears!: number;
  @ApiProperty({ type: 'integer' }) funderMinimumYears!: number;
}

@ApiSchema({
  name: 'RetentionSettingsResponse',
  description: 'The retention period in force, the defaults, and when it was last changed.',
})
export class RetentionSettingsResponseDoc implements RetentionSettingsResponse {
  @ApiProperty({ type: RetentionSettingsDoc }) settings!: RetentionSettingsDoc;
  @ApiProperty({ type: RetentionSettingsDoc }) defaults!: RetentionSettingsDoc;
  @ApiProperty({ ...INSTANT_SCHEMA, nullable: true }) updatedAt!: string | null;
}

@ApiSchema({ name: 'LegalHold', description: 'A legal hold that stops the purge of a case.' })
export class LegalHoldDoc {
  @ApiProperty(INSTANT_SCHEMA) placedAt!: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) placedBy!: string | null;
  @ApiProperty() reason!: string;
}

@ApiSchema({
  name: 'CaseRetentionResponse',
  description: "A case's standing under the retention policy.",
})
export class CaseRetentionResponseDoc implements CaseRetentionResponse {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) closedOn!: string | null;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) purgeDueOn!: string | null;
  @ApiProperty({ ...INSTANT_SCHEMA, nullable: true }) purgedAt!: string | null;
  @ApiProperty({ type: LegalHoldDoc, nullable: true }) legalHold!: LegalHoldDoc | null;
}
