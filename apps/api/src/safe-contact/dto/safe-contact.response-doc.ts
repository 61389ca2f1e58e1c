import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import {
  LETTER_CHANNELS,
  MAIL_INSTRUCTIONS,
  PHONE_INSTRUCTIONS,
  type LetterChannel,
  type MailInstruction,
  type PhoneInstruction,
  type SafeContactInstructionsResponse,
  type SafeContactRevealResponse,
} from '@haven/contracts';

import { AdvocateRefDoc } from '@api/cases/dto/case.response-doc';
import { INSTANT_SCHEMA } from '@api/common/openapi/schema-options';

@ApiSchema({
  name: 'SafeContactInstructionsResponse',
  description:
    "The client's safe-contact choices and which letter channels they allow; the sealed safe " +
    'address and note are never in it, only whether they are kept.',
})
export class SafeContactInstructionsResponseDoc implements SafeContactInstructionsResponse {
  @ApiProperty() recorded!: boolean;
  @ApiProperty({ enum: MAIL_INSTRUCTIONS, enumName: 'MailInstruction', nullable: true })
  mail!: MailInstruction | null;
  @ApiProperty({ enum: PHONE_INSTRUCTIONS, enumName: 'PhoneInstruction', nullable: true })
  phone!: PhoneInstruction | null;
  @ApiProperty() hasSafeAddress!: boolean;
  @ApiProperty() hasNote!: boolean;
  @ApiProperty({ enum: LETTER_CHANNELS, enumName: 'LetterChannel', isArray: true })
  allowedChannels!: LetterChannel[];
  @ApiProperty({ ...INSTANT_SCHEMA, nullable: true }) updatedAt!: string | null;
  @ApiProperty({ type: AdvocateRefDoc, nullable: true }) updatedBy!: AdvocateRefDoc | null;
}

@ApiSchema({
  name: 'SafeContactRevealResponse',
  description: 'The sealed values of the instructions, released by an audited reveal.',
})
export class SafeContactRevealResponseDoc implements SafeContactRevealResponse {
  @ApiProperty({ type: String, nullable: true }) safeAddress!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}
