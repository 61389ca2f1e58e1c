import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';

import type { CourtKind, CreateOrderRequest, OrderKind, ReliefCode } from '@haven/contracts';
import { ORDER_KINDS, RELIEF_CODES } from '@haven/rules';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

import {
  CLOCK_TIME,
  CLOCK_TIME_MESSAGE,
  COURT_KINDS,
  IsStorableText,
  NOT_BLANK,
  OutOfStateOnly,
  RequiresField,
} from './order-validators';

export class CreateOrderDto implements CreateOrderRequest {
  @IsIn(ORDER_KINDS as readonly string[], { message: `must be one of ${ORDER_KINDS.join(', ')}` })
  kind!: OrderKind;

  @IsCivilDate()
  issuedOn!: string;

  @IsOptional()
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  issuedTime?: string;

  @IsString()
  @Matches(NOT_BLANK, { message: 'is required' })
  @MaxLength(80)
  @IsStorableText()
  issuingCourtId!: string;

  @IsIn(COURT_KINDS, { message: `must be one of ${COURT_KINDS.join(', ')}` })
  issuingCourtKind!: CourtKind;

  @IsString()
  @Matches(NOT_BLANK, { message: 'is required' })
  @MaxLength(120)
  @IsStorableText()
  issuingLocality!: string;

  @IsOptional()
  @IsCivilDate()
  statedExpiryOn?: string;

  @IsOptional()
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  @RequiresField('statedExpiryOn')
  statedExpiryTime?: string;

  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(1000)
  @IsStorableText()
  @RequiresField('statedExpiryOn')
  statedExpiryOverrideReason?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RELIEF_CODES.length)
  @ArrayUnique({ message: 'must not repeat a relief' })
  @IsIn(RELIEF_CODES as readonly string[], {
    each: true,
    message: `each must be one of ${RELIEF_CODES.join(', ')}`,
  })
  reliefs?: ReliefCode[];

  @IsOptional()
  @IsUUID('all')
  parentOrderId?: string;

  @IsOptional()
  @IsBoolean()
  protectsMinorAgainstParent?: boolean;

  @IsOptional()
  @IsBoolean()
  petitionerHouseholdAtInitial?: boolean;

  @OutOfStateOnly(true)
  @IsStorableText()
  issuingState?: string;

  @IsOptional()
  @IsCivilDate()
  @OutOfStateOnly(false)
  @RequiresField('registeredCourtId')
  registeredOn?: string;

  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(80)
  @IsStorableText()
  @OutOfStateOnly(false)
  @RequiresField('registeredOn')
  registeredCourtId?: string;
}
