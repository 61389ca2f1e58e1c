import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsString,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import type {
  CorrectClientRequest,
  CorrectIntakeRequest,
  CorrectRespondentRequest,
  OrderKind,
  Relationship,
} from '@haven/contracts';
import { ORDER_KINDS, RELATIONSHIPS } from '@haven/rules';

import { CIVIL_DATE_SCHEMA } from '@api/common/openapi/schema-options';
import {
  CorrectionReasonDto,
  given,
  givenNotNull,
} from '@api/common/validation/correction-reason.dto';
import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { IsNotBlank } from '@api/common/validation/is-not-blank';
import { IsPhoneNumber } from '@api/common/validation/is-phone-number';
import { SafeContactDto } from '@api/parties/dto/safe-contact.dto';

const CONFIDENTIAL = 'Confidential: sealed at rest; correcting it needs a reason and is audited.';
const CLEARABLE = 'Null clears it.';

class PartyCorrectionDto extends CorrectionReasonDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @ValidateIf(given('fullName'))
  @IsString()
  @IsNotBlank({ message: 'is required' })
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({
    ...CIVIL_DATE_SCHEMA,
    nullable: true,
    description: CLEARABLE,
  })
  @ValidateIf(givenNotNull('dateOfBirth'))
  @IsCivilDate()
  dateOfBirth?: string | null;

  @ApiPropertyOptional({ type: String, isArray: true, maxItems: 20, maxLength: 200 })
  @ValidateIf(given('aliases'))
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({
    type: String,
    maxLength: 500,
    nullable: true,
    description: `${CONFIDENTIAL} ${CLEARABLE}`,
  })
  @ValidateIf(givenNotNull('address'))
  @IsString()
  @MaxLength(500)
  address?: string | null;
}

export class CorrectClientDto extends PartyCorrectionDto implements CorrectClientRequest {
  @ApiPropertyOptional({
    maxLength: 40,
    nullable: true,
    description: `${CONFIDENTIAL} ${CLEARABLE}`,
  })
  @ValidateIf(givenNotNull('phone'))
  @IsPhoneNumber()
  phone?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'email',
    maxLength: 320,
    nullable: true,
    description: CONFIDENTIAL,
  })
  @ValidateIf(givenNotNull('email'))
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true, description: CONFIDENTIAL })
  @ValidateIf(givenNotNull('employer'))
  @IsString()
  @MaxLength(200)
  employer?: string | null;

  @ApiPropertyOptional({ type: () => SafeContactDto, nullable: true, description: CONFIDENTIAL })
  @ValidateIf(givenNotNull('safeContact'))
  @ValidateNested()
  @Type(() => SafeContactDto)
  safeContact?: SafeContactDto | null;
}

export class CorrectRespondentDto extends PartyCorrectionDto implements CorrectRespondentRequest {
  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true, description: CONFIDENTIAL })
  @ValidateIf(givenNotNull('description'))
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({
    description: 'Drives the firearm relief and its follow-ups: needs a reason.',
  })
  @ValidateIf(given('knownFirearms'))
  @IsBoolean()
  knownFirearms?: boolean;

  @ApiPropertyOptional()
  @ValidateIf(given('outOfStateAddress'))
  @IsBoolean()
  outOfStateAddress?: boolean;
}

export class CorrectIntakeDto extends CorrectionReasonDto implements CorrectIntakeRequest {
  @ApiPropertyOptional({ enum: RELATIONSHIPS, enumName: 'Relationship' })
  @ValidateIf(given('relationship'))
  @IsIn(RELATIONSHIPS as readonly string[], { message: 'must be one of the relationships of R15' })
  relationship?: Relationship;

  @ApiPropertyOptional()
  @ValidateIf(given('livesWithRespondent'))
  @IsBoolean()
  livesWithRespondent?: boolean;

  @ApiPropertyOptional({ ...CIVIL_DATE_SCHEMA, nullable: true })
  @ValidateIf(givenNotNull('cohabitationEndedOn'))
  @IsCivilDate()
  cohabitationEndedOn?: string | null;

  @ApiPropertyOptional(CIVIL_DATE_SCHEMA)
  @ValidateIf(given('lastActOfAbuseOn'))
  @IsCivilDate()
  lastActOfAbuseOn?: string;

  @ApiPropertyOptional()
  @ValidateIf(given('petitionerIsMinor'))
  @IsBoolean()
  petitionerIsMinor?: boolean;

  @ApiPropertyOptional()
  @ValidateIf(given('respondentIsParentOrGuardian'))
  @IsBoolean()
  respondentIsParentOrGuardian?: boolean;

  @ApiPropertyOptional()
  @ValidateIf(given('hasMedicalEvidence'))
  @IsBoolean()
  hasMedicalEvidence?: boolean;

  @ApiPropertyOptional({ type: String, maxLength: 120, nullable: true, example: 'Roanoke City' })
  @ValidateIf(givenNotNull('venueLocality'))
  @IsString()
  @MaxLength(120)
  venueLocality?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 80, nullable: true, example: 'jdr-roanoke-city' })
  @ValidateIf(givenNotNull('courtId'))
  @IsString()
  @MaxLength(80)
  courtId?: string | null;

  @ApiPropertyOptional({ type: String, enum: ORDER_KINDS, enumName: 'OrderKind', nullable: true })
  @ValidateIf(givenNotNull('orderKind'))
  @IsIn(ORDER_KINDS as readonly string[], { message: `must be one of ${ORDER_KINDS.join(', ')}` })
  orderKind?: OrderKind | null;

  @ApiPropertyOptional(CIVIL_DATE_SCHEMA)
  @ValidateIf(given('openedOn'))
  @IsCivilDate()
  openedOn?: string;
}
