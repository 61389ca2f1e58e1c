import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

import { BOARD_DAYS, type BoardDays } from '@haven/contracts';

export class BoardQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsIn(BOARD_DAYS, { message: `must be one of ${BOARD_DAYS.join(', ')}` })
  days?: BoardDays;
}

export class AtRiskQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of court days' })
  @Min(1)
  @Max(120)
  courtDays?: number;
}
