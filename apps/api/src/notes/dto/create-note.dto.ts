import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

import type { CreateNoteRequest } from '@haven/contracts';

export class CreateNoteDto implements CreateNoteRequest {
  /** Confidential: sealed before it reaches the database, never logged or listed. */
  @ApiProperty({
    minLength: 1,
    maxLength: 20000,
    description: 'Confidential: stored encrypted, read back only through the audited note read.',
  })
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(20000)
  body!: string;
}
