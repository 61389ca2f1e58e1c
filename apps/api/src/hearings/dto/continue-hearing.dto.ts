import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import type { ContinueHearingRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { CIVIL_DATE_SCHEMA, CLOCK_TIME_SCHEMA } from '@api/common/openapi/schema-options';

import { TIME_OF_DAY } from './hearing-vocabulary';

export class ContinueHearingDto implements ContinueHearingRequest {
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, description: 'The new hearing date.' })
  @IsCivilDate()
  scheduledOn!: string;

  @ApiPropertyOptional(CLOCK_TIME_SCHEMA)
  @IsOptional()
  @Matches(TIME_OF_DAY, { message: 'must be a time written HH:MM (24-hour)' })
  scheduledTime?: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 500,
    description: 'Why the court continued the hearing.',
  })
  @IsString()
  @Matches(/\S/, { message: 'must say why the hearing was continued' })
  @MaxLength(500)
  reason!: string;
}
