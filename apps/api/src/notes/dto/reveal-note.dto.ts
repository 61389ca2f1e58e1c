import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

import type { RevealNoteRequest } from '@haven/contracts';

/** Why a note's body is needed: a note is confidential (security-checks A6, D1). */
export class RevealNoteDto implements RevealNoteRequest {
  @ApiProperty({ minLength: 5, maxLength: 500, description: 'Why the note is needed (audited).' })
  @IsString()
  @MinLength(5, { message: 'must say why the note is needed (at least 5 characters)' })
  @MaxLength(500)
  reason!: string;
}
