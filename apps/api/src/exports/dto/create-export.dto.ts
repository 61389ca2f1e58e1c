import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import {
  BOARD_DAYS,
  CASE_STAGES,
  EXPORT_FORMATS,
  EXPORT_KINDS,
  REPORT_PERIODS,
  TASK_STATUSES,
  type CreateExportRequest,
  type ExportFilters,
  type ExportFormat,
  type ExportKind,
  type ReportPeriod,
} from '@haven/contracts';
import { ORDER_KINDS } from '@haven/rules';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

const oneOf = (values: readonly unknown[]) => ({ message: `must be one of ${values.join(', ')}` });

/** The screens' filters (caseload, board, inbox, date ranges); each kind reads those that apply. */
export class ExportFiltersDto implements ExportFilters {
  @ApiPropertyOptional({ enum: CASE_STAGES })
  @IsOptional()
  @IsIn(CASE_STAGES as readonly string[], oneOf(CASE_STAGES))
  stage?: string;

  @ApiPropertyOptional({ enum: ORDER_KINDS })
  @IsOptional()
  @IsIn(ORDER_KINDS as readonly string[], oneOf(ORDER_KINDS))
  orderKind?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 100 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  courtId?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 100 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  locality?: string;

  @ApiPropertyOptional({ minLength: 2, maxLength: 100 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES as readonly string[], oneOf(TASK_STATUSES))
  status?: string;

  @ApiPropertyOptional({ enum: ['me', 'any'] })
  @IsOptional()
  @IsIn(['me', 'any'], oneOf(['me', 'any']))
  assignee?: 'me' | 'any';

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCivilDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCivilDate()
  to?: string;

  @ApiPropertyOptional({ type: 'integer', enum: BOARD_DAYS })
  @IsOptional()
  @IsInt()
  @IsIn(BOARD_DAYS, oneOf(BOARD_DAYS))
  days?: number;

  @ApiPropertyOptional({ enum: REPORT_PERIODS })
  @IsOptional()
  @IsIn(REPORT_PERIODS, oneOf(REPORT_PERIODS))
  period?: ReportPeriod;
}

export class CreateExportDto implements CreateExportRequest {
  @ApiProperty({ enum: EXPORT_KINDS })
  @IsIn(EXPORT_KINDS, oneOf(EXPORT_KINDS))
  kind!: ExportKind;

  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, oneOf(EXPORT_FORMATS))
  format!: ExportFormat;

  @ApiPropertyOptional({ type: () => ExportFiltersDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExportFiltersDto)
  filters?: ExportFiltersDto;

  @ApiPropertyOptional({
    default: false,
    description: 'CSV only: start with a UTF-8 byte-order mark.',
  })
  @IsOptional()
  @IsBoolean()
  forExcel?: boolean;

  @ApiPropertyOptional({
    default: false,
    description:
      'Cases only: add the sealed contact columns. Needs case:reveal_confidential; audited per case.',
  })
  @IsOptional()
  @IsBoolean()
  includeConfidential?: boolean;
}

export class BreachScopeQueryDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  @IsString()
  @MaxLength(36)
  userId!: string;

  @ApiProperty({ maxLength: 40, description: 'Start of the window (ISO 8601 instant).' })
  @IsString()
  @MaxLength(40)
  from!: string;

  @ApiProperty({ maxLength: 40, description: 'End of the window (ISO 8601 instant).' })
  @IsString()
  @MaxLength(40)
  to!: string;
}

export class ListExportsQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}
