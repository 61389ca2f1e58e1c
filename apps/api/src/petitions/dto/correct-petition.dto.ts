import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

import type { CorrectPetitionRequest, CourtKind, OrderKind } from '@haven/contracts';
import { ORDER_KINDS } from '@haven/rules';

import {
  CorrectionReasonDto,
  given,
  givenNotNull,
} from '@api/common/validation/correction-reason.dto';
import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { CIVIL_DATE_SCHEMA } from '@api/common/openapi/schema-options';
import { COURT_KINDS, NOT_BLANK } from '@api/common/validation/record-validators';

/** A petition as filed, corrected: every field optional, null clears the court's case number. */
export class CorrectPetitionDto extends CorrectionReasonDto implements CorrectPetitionRequest {
  @ApiPropertyOptional({ enum: ORDER_KINDS, enumName: 'OrderKind' })
  @ValidateIf(given('orderKindSought'))
  @IsIn(ORDER_KINDS as readonly string[], { message: `must be one of ${ORDER_KINDS.join(', ')}` })
  orderKindSought?: OrderKind;

  @ApiPropertyOptional(CIVIL_DATE_SCHEMA)
  @ValidateIf(given('filedOn'))
  @IsCivilDate()
  filedOn?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 80, example: 'jdr-fairfax' })
  @ValidateIf(given('courtId'))
  @IsString()
  @Matches(NOT_BLANK, { message: 'is required' })
  @MaxLength(80)
  courtId?: string;

  @ApiPropertyOptional({ enum: COURT_KINDS, enumName: 'CourtKind' })
  @ValidateIf(given('courtKind'))
  @IsIn(COURT_KINDS, { message: `must be one of ${COURT_KINDS.join(', ')}` })
  courtKind?: CourtKind;

  @ApiPropertyOptional({ minLength: 1, maxLength: 120, example: 'Fairfax County' })
  @ValidateIf(given('courtLocality'))
  @IsString()
  @Matches(NOT_BLANK, { message: 'is required' })
  @MaxLength(120)
  courtLocality?: string;

  @ApiPropertyOptional({
    type: String,
    minLength: 1,
    maxLength: 40,
    nullable: true,
    example: 'JA26-1234',
  })
  @ValidateIf(givenNotNull('courtCaseNumber'))
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(40)
  courtCaseNumber?: string | null;
}
