import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

import type { CreateExtensionMotionRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { CIVIL_DATE_SCHEMA, CLOCK_TIME_SCHEMA } from '@api/common/openapi/schema-options';

import { CLOCK_TIME, CLOCK_TIME_MESSAGE } from '@api/common/validation/record-validators';

export class CreateExtensionMotionDto implements CreateExtensionMotionRequest {
  @ApiProperty(CIVIL_DATE_SCHEMA)
  @IsCivilDate()
  filedOn!: string;

  @ApiPropertyOptional(CLOCK_TIME_SCHEMA)
  @IsOptional()
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  filedTime?: string;
}
