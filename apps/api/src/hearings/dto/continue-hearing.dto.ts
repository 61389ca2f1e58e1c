import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import type { ContinueHearingRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

import { TIME_OF_DAY } from './hearing-vocabulary';

export class ContinueHearingDto implements ContinueHearingRequest {
  @IsCivilDate()
  scheduledOn!: string;

  @IsOptional()
  @Matches(TIME_OF_DAY, { message: 'must be a time written HH:MM (24-hour)' })
  scheduledTime?: string;

  @IsString()
  @Matches(/\S/, { message: 'must say why the hearing was continued' })
  @MaxLength(500)
  reason!: string;
}
