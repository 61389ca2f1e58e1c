import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

import type {
  ClientInput,
  CreateCaseRequest,
  IntakeInput,
  OrderKind,
  Relationship,
  RespondentInput,
} from '@haven/contracts';
import { ORDER_KINDS, RELATIONSHIPS } from '@haven/rules';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { IsNotBlank } from '@api/common/validation/is-not-blank';
import { IsPhoneNumber } from '@api/common/validation/is-phone-number';
import { CIVIL_DATE_SCHEMA } from '@api/common/openapi/schema-options';
import { SafeContactDto } from '@api/parties/dto/safe-contact.dto';

/** Said of every field the API seals: the OpenAPI reader learns it is never listed or echoed. */
const CONFIDENTIAL = 'Confidential: stored encrypted, returned only by an audited reveal.';

/** Who a person is, as the conflict check compares them: name, date of birth, aliases. */
export class PartyIdentityDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @IsNotBlank({ message: 'is required' })
  @MaxLength(200)
  fullName!: string;

  @ApiPropertyOptional({ ...CIVIL_DATE_SCHEMA, example: '1990-04-17' })
  @IsOptional()
  @IsCivilDate()
  dateOfBirth?: string;

  @ApiPropertyOptional({
    type: String,
    isArray: true,
    maxItems: 20,
    maxLength: 200,
    description: 'Other names the person is known by (each at most 200 characters).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];
}

class PartyDto extends PartyIdentityDto {
  @ApiPropertyOptional({ maxLength: 500, description: CONFIDENTIAL })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;
}

export class ClientDto extends PartyDto implements ClientInput {
  @ApiPropertyOptional({ maxLength: 40, description: CONFIDENTIAL, example: '(540) 555-0142' })
  @IsOptional()
  @IsPhoneNumber()
  phone?: string;

  @ApiPropertyOptional({ format: 'email', maxLength: 320, description: CONFIDENTIAL })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ maxLength: 200, description: CONFIDENTIAL })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  employer?: string;

  @ApiPropertyOptional({ type: () => SafeContactDto, description: CONFIDENTIAL })
  @IsOptional()
  @ValidateNested()
  @Type(() => SafeContactDto)
  safeContact?: SafeContactDto;
}

export class RespondentDto extends PartyDto implements RespondentInput {
  @ApiPropertyOptional({
    maxLength: 2000,
    description: `${CONFIDENTIAL} What helps a process server find and recognise the respondent.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ description: 'The respondent is known to have firearms.' })
  @IsOptional()
  @IsBoolean()
  knownFirearms?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  outOfStateAddress?: boolean;
}

export class IntakeDto implements IntakeInput {
  @ApiProperty({
    enum: RELATIONSHIPS,
    enumName: 'Relationship',
    description: "The respondent's relationship to the petitioner, as R15 asks it.",
  })
  @IsIn(RELATIONSHIPS as readonly string[], { message: 'must be one of the relationships of R15' })
  relationship!: Relationship;

  @ApiProperty()
  @IsBoolean()
  livesWithRespondent!: boolean;

  @ApiPropertyOptional(CIVIL_DATE_SCHEMA)
  @IsOptional()
  @IsCivilDate()
  cohabitationEndedOn?: string;

  @ApiProperty(CIVIL_DATE_SCHEMA)
  @IsCivilDate()
  lastActOfAbuseOn!: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() petitionerIsMinor?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() respondentIsParentOrGuardian?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() hasMedicalEvidence?: boolean;

  @ApiPropertyOptional({
    maxLength: 120,
    example: 'Richmond City',
    description: 'A county or independent city of the court directory, by name.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  venueLocality?: string;

  @ApiPropertyOptional({ maxLength: 80, description: 'A court id of the court directory.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  courtId?: string;
}

export class CreateCaseDto implements CreateCaseRequest {
  @ApiProperty({ type: () => ClientDto })
  @IsDefined({ message: 'is required' })
  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => ClientDto)
  client!: ClientDto;

  @ApiProperty({ type: () => RespondentDto })
  @IsDefined({ message: 'is required' })
  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => RespondentDto)
  respondent!: RespondentDto;

  @ApiProperty({ type: () => IntakeDto })
  @IsDefined({ message: 'is required' })
  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => IntakeDto)
  intake!: IntakeDto;

  @ApiProperty(CIVIL_DATE_SCHEMA)
  @IsCivilDate()
  openedOn!: string;

  @ApiPropertyOptional({ enum: ORDER_KINDS, enumName: 'OrderKind' })
  @IsOptional()
  @IsIn(ORDER_KINDS as readonly string[], { message: `must be one of ${ORDER_KINDS.join(', ')}` })
  orderKind?: OrderKind;

  @ApiPropertyOptional({
    minLength: 10,
    maxLength: 1000,
    description: "A supervisor's reason for opening despite conflict-check hits (audited).",
  })
  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'must explain the override in at least 10 characters' })
  @MaxLength(1000)
  conflictOverrideReason?: string;
}
