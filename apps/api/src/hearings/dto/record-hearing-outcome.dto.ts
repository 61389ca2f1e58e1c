import { IsIn } from 'class-validator';

import type { HeldHearingOutcome, RecordHearingOutcomeRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

import { HELD_HEARING_OUTCOMES } from './hearing-vocabulary';

export class RecordHearingOutcomeDto implements RecordHearingOutcomeRequest {
  @IsIn(HELD_HEARING_OUTCOMES, {
    message: `must be one of ${HELD_HEARING_OUTCOMES.join(', ')} (record a continuance through /continuance)`,
  })
  outcome!: HeldHearingOutcome;

  @IsCivilDate()
  heldOn!: string;
}
