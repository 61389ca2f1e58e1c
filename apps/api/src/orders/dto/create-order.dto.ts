import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  CIVIL_DATE_SCHEMA,
  CLOCK_TIME_SCHEMA,
  UUID_SCHEMA,
} from '@api/common/openapi/schema-options';

import { StatedExpiryFieldsDto } from './stated-expiry-fields.dto';
import {
  CLOCK_TIME,
  CLOCK_TIME_MESSAGE,
  COURT_KINDS,
  FamilyAbuseFinalOrderOnly,
  NOT_BLANK,
  NotAfterField,
  OutOfStateOnly,
  RequiresField,
} from '@api/common/validation/record-validators';

export class CreateOrderDto extends StatedExpiryFieldsDto implements CreateOrderRequest {
  @ApiProperty({ enum: ORDER_KINDS, enumName: 'OrderKind' })
  @IsIn(ORDER_KINDS as readonly string[], { message: `must be one of ${ORDER_KINDS.join(', ')}` })
  kind!: OrderKind;

  @ApiProperty(CIVIL_DATE_SCHEMA)
  @IsCivilDate()
  issuedOn!: string;

  @ApiPropertyOptional(CLOCK_TIME_SCHEMA)
  @IsOptional()
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  issuedTime?: string;

  @ApiProperty({ minLength: 1, maxLength: 80 })
  @IsString()
  @Matches(NOT_BLANK, { message: 'is required' })
  @MaxLength(80)
  issuingCourtId!: string;

  @ApiProperty({ enum: COURT_KINDS, enumName: 'CourtKind' })
  @IsIn(COURT_KINDS, { message: `must be one of ${COURT_KINDS.join(', ')}` })
  issuingCourtKind!: CourtKind;

  @ApiProperty({ minLength: 1, maxLength: 120, example: 'Richmond City' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'is required' })
  @MaxLength(120)
  issuingLocality!: string;

  @ApiPropertyOptional({
    enum: RELIEF_CODES,
    enumName: 'ReliefCode',
    isArray: true,
    maxItems: RELIEF_CODES.length,
    uniqueItems: true,
    description: 'Reliefs granted, from the catalogue of rules-spec §1.11.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RELIEF_CODES.length)
  @ArrayUnique({ message: 'must not repeat a relief' })
  @IsIn(RELIEF_CODES as readonly string[], {
    each: true,
    message: `each must be one of ${RELIEF_CODES.join(', ')}`,
  })
  reliefs?: ReliefCode[];

  @ApiPropertyOptional({
    ...UUID_SCHEMA,
    description: 'The order this one follows (EPO → PPO → final order), of the same case.',
  })
  @IsOptional()
  @IsUUID('all')
  parentOrderId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  protectsMinorAgainstParent?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  petitionerHouseholdAtInitial?: boolean;

  @ApiPropertyOptional({
    description:
      'Family-abuse final orders (kind FA_PO) only: the court found that the respondent was subject to a previous family-abuse protective order issued within 10 years, so an order issued on or after 2025-07-01 may run up to four years (R10 version 2).',
  })
  @IsOptional()
  @IsBoolean()
  @FamilyAbuseFinalOrderOnly()
  priorFamilyAbuseOrderFinding?: boolean;

  @ApiPropertyOptional({
    ...CIVIL_DATE_SCHEMA,
    description:
      "Family-abuse final orders (kind FA_PO) only: the previous order's issue date, when known; not after issuedOn.",
  })
  @IsOptional()
  @IsCivilDate()
  @FamilyAbuseFinalOrderOnly()
  @NotAfterField('issuedOn')
  priorFamilyAbuseOrderIssuedOn?: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 100,
    description: 'Required for, and only for, an out-of-state order (kind OOS).',
  })
  @OutOfStateOnly(true)
  issuingState?: string;

  @ApiPropertyOptional({
    ...CIVIL_DATE_SCHEMA,
    description: 'Registration in Virginia of an out-of-state order; only with registeredCourtId.',
  })
  @IsOptional()
  @IsCivilDate()
  @OutOfStateOnly(false)
  @RequiresField('registeredCourtId')
  registeredOn?: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 80,
    description: 'Out-of-state orders only; only with registeredOn.',
  })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(80)
  @OutOfStateOnly(false)
  @RequiresField('registeredOn')
  registeredCourtId?: string;

  @ApiPropertyOptional({
    type: Boolean,
    description:
      'The respondent was present when the court entered the order and was served there: ' +
      'recorded as service in open court on the issue date.',
  })
  @IsOptional()
  @IsBoolean()
  servedInOpenCourt?: boolean;
}
