import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type {
  HearingContinuanceResponse,
  HearingKind,
  HearingOutcome,
  HearingResponse,
} from '@haven/contracts';

import {
  CIVIL_DATE_SCHEMA,
  CLOCK_TIME_SCHEMA,
  UUID_SCHEMA,
  valuesOf,
} from '@api/common/openapi/schema-options';

import { HEARING_KINDS } from './hearing-vocabulary';

const HEARING_OUTCOMES = valuesOf<HearingOutcome>({
  granted: true,
  denied: true,
  continued: true,
  respondent_not_served: true,
  petitioner_absent: true,
  ppo_reissued: true,
});

@ApiSchema({
  name: 'HearingResponse',
  description: 'One hearing; a continued hearing links to the hearing that replaced it, and back.',
})
export class HearingResponseDoc implements HearingResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty(UUID_SCHEMA) caseId!: string;
  @ApiProperty({ ...UUID_SCHEMA, nullable: true }) orderId!: string | null;
  @ApiProperty({ enum: HEARING_KINDS, enumName: 'HearingKind' }) kind!: HearingKind;
  @ApiProperty(CIVIL_DATE_SCHEMA) scheduledOn!: string;
  @ApiProperty({ ...CLOCK_TIME_SCHEMA, nullable: true }) scheduledTime!: string | null;

  @ApiProperty({
    enum: HEARING_OUTCOMES,
    enumName: 'HearingOutcome',
    nullable: true,
    description: 'Null while the hearing is open.',
  })
  outcome!: HearingOutcome | null;

  @ApiProperty({
    ...CIVIL_DATE_SCHEMA,
    nullable: true,
    description:
      'The day the hearing was held, or, for a continuance, the day it was continued on.',
  })
  heldOn!: string | null;

  @ApiProperty({ type: String, nullable: true }) continuanceReason!: string | null;
  @ApiProperty({ ...UUID_SCHEMA, nullable: true }) continuedFromId!: string | null;
  @ApiProperty({ ...UUID_SCHEMA, nullable: true }) continuedToId!: string | null;
}

@ApiSchema({
  name: 'HearingContinuanceResponse',
  description: 'The closed hearing and the one that replaces it.',
})
export class HearingContinuanceResponseDoc implements HearingContinuanceResponse {
  @ApiProperty({ type: HearingResponseDoc }) continued!: HearingResponseDoc;
  @ApiProperty({ type: HearingResponseDoc }) next!: HearingResponseDoc;
  @ApiProperty({
    ...UUID_SCHEMA,
    nullable: true,
    description: 'The preliminary order recorded as extended to the new date.',
  })
  extendedOrderId!: string | null;
}
