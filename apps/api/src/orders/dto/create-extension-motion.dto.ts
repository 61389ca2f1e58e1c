import { IsOptional, Matches } from 'class-validator';

import type { CreateExtensionMotionRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

import { CLOCK_TIME, CLOCK_TIME_MESSAGE } from './order-validators';

export class CreateExtensionMotionDto implements CreateExtensionMotionRequest {
  @IsCivilDate()
  filedOn!: string;

  @IsOptional()
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  filedTime?: string;
}
