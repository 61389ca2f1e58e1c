import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import type {
  RecordServiceAttemptRequest,
  ServedBy,
  ServiceMethod,
  ServiceOutcome,
} from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

// The Records make the compiler refuse a code left out of a list.
const SERVED_BY = Object.keys({
  sheriff: true,
  police: true,
  process_server: true,
  other: true,
} satisfies Record<ServedBy, true>) as ServedBy[];

const METHODS = Object.keys({
  personal: true,
  substituted: true,
  posted: true,
  other: true,
} satisfies Record<ServiceMethod, true>) as ServiceMethod[];

const OUTCOMES = Object.keys({
  served: true,
  not_found: true,
  refused: true,
  other: true,
} satisfies Record<ServiceOutcome, true>) as ServiceOutcome[];

export class RecordServiceAttemptDto implements RecordServiceAttemptRequest {
  @IsUUID('all', { message: 'must be an order id' })
  orderId!: string;

  @IsCivilDate()
  attemptedOn!: string;

  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time written HH:MM (24-hour)' })
  attemptedTime?: string;

  @IsIn(SERVED_BY, { message: `must be one of ${SERVED_BY.join(', ')}` })
  servedBy!: ServedBy;

  @IsIn(METHODS, { message: `must be one of ${METHODS.join(', ')}` })
  method!: ServiceMethod;

  @IsIn(OUTCOMES, { message: `must be one of ${OUTCOMES.join(', ')}` })
  outcome!: ServiceOutcome;

  /** Confidential (often where the respondent was found): sealed before it reaches the database. */
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}
