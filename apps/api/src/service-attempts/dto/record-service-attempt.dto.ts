import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import type {
  RecordServiceAttemptRequest,
  ServedBy,
  ServiceMethod,
  ServiceOutcome,
} from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import {
  CIVIL_DATE_SCHEMA,
  CLOCK_TIME_SCHEMA,
  UUID_SCHEMA,
} from '@api/common/openapi/schema-options';

// The Records make the compiler refuse a code left out of a list.
export const SERVED_BY = Object.keys({
  sheriff: true,
  police: true,
  process_server: true,
  other: true,
} satisfies Record<ServedBy, true>) as ServedBy[];

export const SERVICE_METHODS = Object.keys({
  personal: true,
  substituted: true,
  posted: true,
  open_court: true,
  other: true,
} satisfies Record<ServiceMethod, true>) as ServiceMethod[];

export const SERVICE_OUTCOMES = Object.keys({
  served: true,
  not_found: true,
  refused: true,
  other: true,
} satisfies Record<ServiceOutcome, true>) as ServiceOutcome[];

export class RecordServiceAttemptDto implements RecordServiceAttemptRequest {
  @ApiProperty({ ...UUID_SCHEMA, description: 'The order being served, of the same case.' })
  @IsUUID('all', { message: 'must be an order id' })
  orderId!: string;

  @ApiProperty(CIVIL_DATE_SCHEMA)
  @IsCivilDate()
  attemptedOn!: string;

  @ApiPropertyOptional(CLOCK_TIME_SCHEMA)
  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time written HH:MM (24-hour)' })
  attemptedTime?: string;

  @ApiProperty({ enum: SERVED_BY, enumName: 'ServedBy' })
  @IsIn(SERVED_BY, { message: `must be one of ${SERVED_BY.join(', ')}` })
  servedBy!: ServedBy;

  @ApiProperty({ enum: SERVICE_METHODS, enumName: 'ServiceMethod' })
  @IsIn(SERVICE_METHODS, { message: `must be one of ${SERVICE_METHODS.join(', ')}` })
  method!: ServiceMethod;

  @ApiProperty({ enum: SERVICE_OUTCOMES, enumName: 'ServiceOutcome' })
  @IsIn(SERVICE_OUTCOMES, { message: `must be one of ${SERVICE_OUTCOMES.join(', ')}` })
  outcome!: ServiceOutcome;

  /** Confidential (often where the respondent was found): sealed before it reaches the database. */
  @ApiPropertyOptional({
    maxLength: 4000,
    description:
      'Confidential (often where the respondent was found): stored encrypted, returned only by ' +
      'the audited notes reveal.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}
