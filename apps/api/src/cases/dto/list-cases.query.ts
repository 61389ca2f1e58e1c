import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

import {
  CASE_STAGES,
  type CaseListQuery,
  type CaseSort,
  type CaseStage,
  type OrderKind,
} from '@haven/contracts';
import { ORDER_KINDS } from '@haven/rules';

import { CASE_SORTS } from '../case-cursor';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

export class ListCasesQuery implements CaseListQuery {
  @ApiPropertyOptional({
    maxLength: 200,
    description: "The previous page's `nextCursor` (same sort); absent for the first page.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ enum: CASE_SORTS, default: 'newest' })
  @IsOptional()
  @IsIn(CASE_SORTS as readonly string[], { message: `must be one of ${CASE_SORTS.join(', ')}` })
  sort?: CaseSort;

  @ApiPropertyOptional({ enum: CASE_STAGES, enumName: 'CaseStage' })
  @IsOptional()
  @IsIn(CASE_STAGES as readonly string[], { message: `must be one of ${CASE_STAGES.join(', ')}` })
  stage?: CaseStage;

  @ApiPropertyOptional({
    enum: ORDER_KINDS,
    enumName: 'OrderKind',
    description: 'The kind of the current order.',
  })
  @IsOptional()
  @IsIn(ORDER_KINDS as readonly string[], { message: `must be one of ${ORDER_KINDS.join(', ')}` })
  orderKind?: OrderKind;

  @ApiPropertyOptional({ minLength: 1, maxLength: 100 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  courtId?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 100, description: 'The venue county or city.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  locality?: string;

  @ApiPropertyOptional({
    minLength: 2,
    maxLength: 100,
    description: "Matches the case reference, the client's or the respondent's name.",
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;
}
