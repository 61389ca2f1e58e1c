import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

import type { HearingKind, ScheduleHearingRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

import { HEARING_KINDS, TIME_OF_DAY } from './hearing-vocabulary';

export class ScheduleHearingDto implements ScheduleHearingRequest {
  @IsIn(HEARING_KINDS, { message: `must be one of ${HEARING_KINDS.join(', ')}` })
  kind!: HearingKind;

  @IsCivilDate()
  scheduledOn!: string;

  @IsOptional()
  @Matches(TIME_OF_DAY, { message: 'must be a time written HH:MM (24-hour)' })
  scheduledTime?: string;

  @IsOptional()
  @IsUUID('all', { message: 'must be an order id' })
  orderId?: string;
}
