import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

import {
  AT_RISK_MAX_PAGE_SIZE,
  AT_RISK_PAGE_SIZE,
  BOARD_DAYS,
  BOARD_PAGE_SIZE,
  type BoardDays,
  type BoardItemsQuery,
} from '@haven/contracts';

export class BoardQueryDto {
  @ApiPropertyOptional({
    type: Number,
    enum: BOARD_DAYS,
    default: 7,
    description: 'How many calendar days ahead the board looks.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsIn(BOARD_DAYS, { message: `must be one of ${BOARD_DAYS.join(', ')}` })
  days?: BoardDays;
}

export class BoardItemsQueryDto extends BoardQueryDto implements BoardItemsQuery {
  @ApiProperty({
    maxLength: 200,
    description: "The group's or the previous page's `nextCursor`: it names the group too.",
  })
  @IsString()
  @MaxLength(200)
  cursor!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: BOARD_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class AtRiskQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 120,
    default: 10,
    description: 'How many court days ahead an expiry or hearing counts as near.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of court days' })
  @Min(1)
  @Max(120)
  courtDays?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: AT_RISK_MAX_PAGE_SIZE,
    default: AT_RISK_PAGE_SIZE,
    description: 'How many items a page holds.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of items' })
  @Min(1)
  @Max(AT_RISK_MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({
    maxLength: 200,
    description: "The previous page's `nextCursor` (same courtDays); absent for the first page.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}
