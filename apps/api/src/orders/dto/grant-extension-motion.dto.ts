import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';

import type { CourtKind, GrantExtensionMotionRequest, ReliefCode } from '@haven/contracts';
import { RELIEF_CODES } from '@haven/rules';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

import {
  CLOCK_TIME,
  CLOCK_TIME_MESSAGE,
  COURT_KINDS,
  IsStorableText,
  NOT_BLANK,
  RequiresField,
} from './order-validators';

export class GrantExtensionMotionDto implements GrantExtensionMotionRequest {
  @IsCivilDate()
  issuedOn!: string;

  @IsOptional()
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  issuedTime?: string;

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
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(80)
  @IsStorableText()
  issuingCourtId?: string;

  @IsOptional()
  @IsIn(COURT_KINDS, { message: `must be one of ${COURT_KINDS.join(', ')}` })
  issuingCourtKind?: CourtKind;

  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(120)
  @IsStorableText()
  issuingLocality?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RELIEF_CODES.length)
  @ArrayUnique({ message: 'must not repeat a relief' })
  @IsIn(RELIEF_CODES as readonly string[], {
    each: true,
    message: `each must be one of ${RELIEF_CODES.join(', ')}`,
  })
  reliefs?: ReliefCode[];
}
