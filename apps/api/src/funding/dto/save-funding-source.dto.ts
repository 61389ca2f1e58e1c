import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

import { FUNDERS, type Funder, type SaveFundingSourceRequest } from '@haven/contracts';

import { CIVIL_DATE_SCHEMA } from '@api/common/openapi/schema-options';
import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { IsNotBlank } from '@api/common/validation/is-not-blank';

export class SaveFundingSourceDto implements SaveFundingSourceRequest {
  @ApiProperty({ minLength: 1, maxLength: 120, example: 'VOCA 2026 subgrant' })
  @IsString()
  @IsNotBlank({ message: 'is required' })
  @MaxLength(120)
  name!: string;

  @ApiProperty({ enum: FUNDERS, enumName: 'Funder' })
  @IsIn(FUNDERS, { message: `must be one of ${FUNDERS.join(', ')}` })
  funder!: Funder;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 80 })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(80)
  grantNumber?: string | null;

  @ApiProperty(CIVIL_DATE_SCHEMA)
  @IsCivilDate()
  startsOn!: string;

  @ApiPropertyOptional({ ...CIVIL_DATE_SCHEMA, nullable: true, description: 'Null: still open.' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsCivilDate()
  endsOn?: string | null;
}
