import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import { CIVIL_DATE_SCHEMA, CLOCK_TIME_SCHEMA } from '@api/common/openapi/schema-options';

import { StatedExpiryFieldsDto } from './stated-expiry-fields.dto';
import {
  CLOCK_TIME,
  CLOCK_TIME_MESSAGE,
  COURT_KINDS,
  NOT_BLANK,
} from '@api/common/validation/record-validators';

export class GrantExtensionMotionDto
  extends StatedExpiryFieldsDto
  implements GrantExtensionMotionRequest
{
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, description: 'When the court issued the extended order.' })
  @IsCivilDate()
  issuedOn!: string;

  @ApiPropertyOptional(CLOCK_TIME_SCHEMA)
  @IsOptional()
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  issuedTime?: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 80,
    description: "Default: the extended order's court.",
  })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(80)
  issuingCourtId?: string;

  @ApiPropertyOptional({
    enum: COURT_KINDS,
    enumName: 'CourtKind',
    description: "Default: the extended order's court kind.",
  })
  @IsOptional()
  @IsIn(COURT_KINDS, { message: `must be one of ${COURT_KINDS.join(', ')}` })
  issuingCourtKind?: CourtKind;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 120,
    description: "Default: the extended order's locality.",
  })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(120)
  issuingLocality?: string;

  @ApiPropertyOptional({
    enum: RELIEF_CODES,
    enumName: 'ReliefCode',
    isArray: true,
    maxItems: RELIEF_CODES.length,
    uniqueItems: true,
    description: 'Default: the reliefs of the order it extends (catalogue of rules-spec §1.11).',
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
}
