import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

import {
  REPORT_IDS,
  type ReportDrillQuery,
  type ReportId,
  type RunReportQuery,
} from '@haven/contracts';

import { UUID_SCHEMA } from '@api/common/openapi/schema-options';
import { IsNotBlank } from '@api/common/validation/is-not-blank';

export class RunReportQueryDto implements RunReportQuery {
  @ApiProperty({ enum: REPORT_IDS, enumName: 'ReportId' })
  @IsIn(REPORT_IDS, { message: `must be one of ${REPORT_IDS.join(', ')}` })
  report!: ReportId;

  @ApiProperty({
    type: 'integer',
    minimum: 2000,
    maximum: 2100,
    description: 'The calendar or fiscal year, named by the year it ends in.',
  })
  @Type(() => Number)
  @IsInt({ message: 'must be a whole year' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 4,
    description: 'The half (1–2) or quarter (1–4) of the year; 1 for a yearly report.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(4)
  part?: number;

  @ApiPropertyOptional({ ...UUID_SCHEMA, description: 'Count only what this source paid for.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a funding source id' })
  fundingSourceId?: string;
}

export class ReportDrillQueryDto extends RunReportQueryDto implements ReportDrillQuery {
  @ApiProperty({ minLength: 1, maxLength: 80 })
  @IsString()
  @IsNotBlank({ message: 'is required' })
  @MaxLength(80)
  section!: string;

  @ApiProperty({ minLength: 1, maxLength: 80 })
  @IsString()
  @IsNotBlank({ message: 'is required' })
  @MaxLength(80)
  row!: string;

  @ApiProperty({ minLength: 1, maxLength: 80 })
  @IsString()
  @IsNotBlank({ message: 'is required' })
  @MaxLength(80)
  column!: string;
}
