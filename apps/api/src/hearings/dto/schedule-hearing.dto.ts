import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

import type { HearingKind, ScheduleHearingRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import {
  CIVIL_DATE_SCHEMA,
  CLOCK_TIME_SCHEMA,
  UUID_SCHEMA,
} from '@api/common/openapi/schema-options';

import { HEARING_KINDS, TIME_OF_DAY } from './hearing-vocabulary';

export class ScheduleHearingDto implements ScheduleHearingRequest {
  @ApiProperty({ enum: HEARING_KINDS, enumName: 'HearingKind' })
  @IsIn(HEARING_KINDS, { message: `must be one of ${HEARING_KINDS.join(', ')}` })
  kind!: HearingKind;

  @ApiProperty(CIVIL_DATE_SCHEMA)
  @IsCivilDate()
  scheduledOn!: string;

  @ApiPropertyOptional(CLOCK_TIME_SCHEMA)
  @IsOptional()
  @Matches(TIME_OF_DAY, { message: 'must be a time written HH:MM (24-hour)' })
  scheduledTime?: string;

  @ApiPropertyOptional({
    ...UUID_SCHEMA,
    description: 'The order the hearing is about (e.g. the PPO whose full hearing this is).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be an order id' })
  orderId?: string;
}
