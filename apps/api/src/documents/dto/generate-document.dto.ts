import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';

import {
  CLIENT_LETTER_KINDS,
  LETTER_CHANNELS,
  LETTER_LANGUAGES,
  type ClientLetterKind,
  type ClientLetterRequest,
  type DocumentFormat,
  type ExtensionMotionRequest,
  type LetterChannel,
  type LetterLanguage,
  type MedicalNoticeRequest,
} from '@haven/contracts';

import { UUID_SCHEMA } from '@api/common/openapi/schema-options';

const FORMATS: readonly DocumentFormat[] = ['docx', 'pdf'];
const FILE_ON_CASE =
  'Keep a sealed copy on the case (listed under documents). Default false: nothing is kept.';

export class ExtensionMotionDto implements ExtensionMotionRequest {
  @ApiPropertyOptional({
    ...UUID_SCHEMA,
    description: 'The final order; default the one in effect with the latest expiry.',
  })
  @IsOptional()
  @IsUUID('all')
  orderId?: string;

  @ApiPropertyOptional({
    maxLength: 4000,
    description: 'The grounds, as the advocate writes them.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  grounds?: string;

  @ApiPropertyOptional({ description: FILE_ON_CASE })
  @IsOptional()
  @IsBoolean()
  fileOnCase?: boolean;
}

export class MedicalNoticeDto implements MedicalNoticeRequest {
  @ApiPropertyOptional({
    ...UUID_SCHEMA,
    description: 'The hearing; default the earliest with an open notice deadline (R13).',
  })
  @IsOptional()
  @IsUUID('all')
  hearingId?: string;

  @ApiPropertyOptional({ description: FILE_ON_CASE })
  @IsOptional()
  @IsBoolean()
  fileOnCase?: boolean;
}

export class ClientLetterDto implements ClientLetterRequest {
  @ApiProperty({ enum: CLIENT_LETTER_KINDS, enumName: 'ClientLetterKind' })
  @IsIn(CLIENT_LETTER_KINDS)
  letter!: ClientLetterKind;

  @ApiProperty({ enum: LETTER_LANGUAGES, enumName: 'LetterLanguage' })
  @IsIn(LETTER_LANGUAGES)
  language!: LetterLanguage;

  @ApiProperty({ enum: FORMATS, enumName: 'DocumentFormat' })
  @IsIn(FORMATS)
  format!: DocumentFormat;

  @ApiProperty({
    enum: LETTER_CHANNELS,
    enumName: 'LetterChannel',
    description:
      'How the letter reaches the client; checked against the safe-contact instructions.',
  })
  @IsIn(LETTER_CHANNELS)
  channel!: LetterChannel;

  @ApiPropertyOptional({ ...UUID_SCHEMA, description: "For 'hearing': which hearing." })
  @IsOptional()
  @IsUUID('all')
  hearingId?: string;

  @ApiPropertyOptional({ ...UUID_SCHEMA, description: 'For the order letters: which order.' })
  @IsOptional()
  @IsUUID('all')
  orderId?: string;

  @ApiPropertyOptional({
    description:
      'Put the mailing address in the address block (a reveal: needs revealReason and a fresh ' +
      'second factor, and is audited).',
  })
  @IsOptional()
  @IsBoolean()
  includeAddress?: boolean;

  @ApiPropertyOptional({
    minLength: 5,
    maxLength: 500,
    description: 'Why the address is needed; required when includeAddress is true.',
  })
  @ValidateIf((o: ClientLetterDto) => o.includeAddress === true || o.revealReason !== undefined)
  @IsString()
  @MinLength(5, { message: 'must say why the address is needed (at least 5 characters)' })
  @MaxLength(500)
  revealReason?: string;

  @ApiPropertyOptional({
    description:
      'Name the respondent (default false). Even then never in the address block or on page one.',
  })
  @IsOptional()
  @IsBoolean()
  nameRespondent?: boolean;

  @ApiPropertyOptional({ description: FILE_ON_CASE })
  @IsOptional()
  @IsBoolean()
  fileOnCase?: boolean;
}
