import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';

import {
  MAIL_INSTRUCTIONS,
  PHONE_INSTRUCTIONS,
  type MailInstruction,
  type PhoneInstruction,
  type SafeContactInstructionsRequest,
  type SafeContactRevealRequest,
} from '@haven/contracts';

import { givenNotNull } from '@api/common/validation/correction-reason.dto';
import { NOT_BLANK } from '@api/common/validation/record-validators';

export class SafeContactInstructionsDto implements SafeContactInstructionsRequest {
  @ApiProperty({ enum: MAIL_INSTRUCTIONS, enumName: 'MailInstruction' })
  @IsIn(MAIL_INSTRUCTIONS)
  mail!: MailInstruction;

  @ApiProperty({ enum: PHONE_INSTRUCTIONS, enumName: 'PhoneInstruction' })
  @IsIn(PHONE_INSTRUCTIONS)
  phone!: PhoneInstruction;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    minLength: 1,
    maxLength: 500,
    description:
      "Confidential: sealed, never returned but by a reveal. Required with 'safe_address_only' " +
      'unless one is stored; omit to keep, null to clear.',
  })
  @ValidateIf(givenNotNull('safeAddress'))
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(500)
  safeAddress?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 1000,
    description: 'Confidential free text: sealed; omit to keep, null to clear.',
  })
  @ValidateIf(givenNotNull('note'))
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

export class SafeContactRevealDto implements SafeContactRevealRequest {
  @ApiProperty({
    minLength: 5,
    maxLength: 500,
    description: 'Why the values are needed (audited).',
  })
  @IsString()
  @MinLength(5, { message: 'must say why the value is needed (at least 5 characters)' })
  @MaxLength(500)
  reason!: string;
}
