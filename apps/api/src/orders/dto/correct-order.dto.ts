import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

import type { CorrectOrderRequest, CourtKind } from '@haven/contracts';

import {
  CorrectionReasonDto,
  given,
  givenNotNull,
} from '@api/common/validation/correction-reason.dto';
import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { IsNotBlank } from '@api/common/validation/is-not-blank';
import { CIVIL_DATE_SCHEMA, CLOCK_TIME_SCHEMA } from '@api/common/openapi/schema-options';
import {
  CLOCK_TIME,
  CLOCK_TIME_MESSAGE,
  COURT_KINDS,
} from '@api/common/validation/record-validators';

/** What the order says, corrected: every field optional, null clears an optional one. */
export class CorrectOrderDto extends CorrectionReasonDto implements CorrectOrderRequest {
  @ApiPropertyOptional(CIVIL_DATE_SCHEMA)
  @ValidateIf(given('issuedOn'))
  @IsCivilDate()
  issuedOn?: string;

  @ApiPropertyOptional({ ...CLOCK_TIME_SCHEMA, nullable: true })
  @ValidateIf(givenNotNull('issuedTime'))
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  issuedTime?: string | null;

  @ApiPropertyOptional({ maxLength: 80, example: 'jdr-fairfax' })
  @ValidateIf(given('issuingCourtId'))
  @IsString()
  @IsNotBlank({ message: 'is required' })
  @MaxLength(80)
  issuingCourtId?: string;

  @ApiPropertyOptional({ enum: COURT_KINDS, enumName: 'CourtKind' })
  @ValidateIf(given('issuingCourtKind'))
  @IsIn(COURT_KINDS, { message: `must be one of ${COURT_KINDS.join(', ')}` })
  issuingCourtKind?: CourtKind;

  @ApiPropertyOptional({ maxLength: 120, example: 'Fairfax County' })
  @ValidateIf(given('issuingLocality'))
  @IsString()
  @IsNotBlank({ message: 'is required' })
  @MaxLength(120)
  issuingLocality?: string;

  @ApiPropertyOptional({ ...CIVIL_DATE_SCHEMA, nullable: true })
  @ValidateIf(givenNotNull('statedExpiryOn'))
  @IsCivilDate()
  statedExpiryOn?: string | null;

  @ApiPropertyOptional({ ...CLOCK_TIME_SCHEMA, nullable: true })
  @ValidateIf(givenNotNull('statedExpiryTime'))
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  statedExpiryTime?: string | null;
}
