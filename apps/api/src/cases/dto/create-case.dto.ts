import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
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
  SafeContactPreferences,
} from '@haven/contracts';
import { ORDER_KINDS, RELATIONSHIPS } from '@haven/rules';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

export class SafeContactDto implements SafeContactPreferences {
  @IsBoolean() safeToCall!: boolean;
  @IsBoolean() safeToText!: boolean;
  @IsBoolean() safeToLeaveVoicemail!: boolean;
  @IsBoolean() safeToEmail!: boolean;
  @IsOptional() @IsString() @MaxLength(100) codeWord?: string;
  @IsOptional() @IsString() @MaxLength(300) safeTimes?: string;
}

/** Who a person is, as the conflict check compares them: name, date of birth, aliases. */
export class PartyIdentityDto {
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(200)
  fullName!: string;

  @IsOptional()
  @IsCivilDate()
  dateOfBirth?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];
}

class PartyDto extends PartyIdentityDto {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;
}

export class ClientDto extends PartyDto implements ClientInput {
  @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email?: string;
  @IsOptional() @IsString() @MaxLength(200) employer?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => SafeContactDto)
  safeContact?: SafeContactDto;
}

export class RespondentDto extends PartyDto implements RespondentInput {
  @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @IsOptional() @IsBoolean() knownFirearms?: boolean;
  @IsOptional() @IsBoolean() outOfStateAddress?: boolean;
}

export class IntakeDto implements IntakeInput {
  @IsIn(RELATIONSHIPS as readonly string[], { message: 'must be one of the relationships of R15' })
  relationship!: Relationship;

  @IsBoolean()
  livesWithRespondent!: boolean;

  @IsOptional()
  @IsCivilDate()
  cohabitationEndedOn?: string;

  @IsCivilDate()
  lastActOfAbuseOn!: string;

  @IsOptional() @IsBoolean() petitionerIsMinor?: boolean;
  @IsOptional() @IsBoolean() respondentIsParentOrGuardian?: boolean;
  @IsOptional() @IsBoolean() hasMedicalEvidence?: boolean;
  @IsOptional() @IsString() @MaxLength(120) venueLocality?: string;
  @IsOptional() @IsString() @MaxLength(80) courtId?: string;
}

export class CreateCaseDto implements CreateCaseRequest {
  @ValidateNested()
  @Type(() => ClientDto)
  client!: ClientDto;

  @ValidateNested()
  @Type(() => RespondentDto)
  respondent!: RespondentDto;

  @ValidateNested()
  @Type(() => IntakeDto)
  intake!: IntakeDto;

  @IsCivilDate()
  openedOn!: string;

  @IsOptional()
  @IsIn(ORDER_KINDS as readonly string[], { message: `must be one of ${ORDER_KINDS.join(', ')}` })
  orderKind?: OrderKind;

  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'must explain the override in at least 10 characters' })
  @MaxLength(1000)
  conflictOverrideReason?: string;
}
