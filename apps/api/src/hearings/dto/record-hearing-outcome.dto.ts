import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

import type { HeldHearingOutcome, RecordHearingOutcomeRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { CIVIL_DATE_SCHEMA } from '@api/common/openapi/schema-options';

import { HELD_HEARING_OUTCOMES } from './hearing-vocabulary';

export class RecordHearingOutcomeDto implements RecordHearingOutcomeRequest {
  @ApiProperty({
    enum: HELD_HEARING_OUTCOMES,
    enumName: 'HeldHearingOutcome',
    description: 'A continuance is recorded through /continuance instead.',
  })
  @IsIn(HELD_HEARING_OUTCOMES, {
    message: `must be one of ${HELD_HEARING_OUTCOMES.join(', ')} (record a continuance through /continuance)`,
  })
  outcome!: HeldHearingOutcome;

  @ApiProperty(CIVIL_DATE_SCHEMA)
  @IsCivilDate()
  heldOn!: string;
}
