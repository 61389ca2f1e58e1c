import { IsString, MaxLength, MinLength } from 'class-validator';

import type { RevealServiceNotesRequest } from '@haven/contracts';

export class RevealServiceNotesDto implements RevealServiceNotesRequest {
  @IsString()
  @MinLength(5, { message: 'must say why the notes are needed (at least 5 characters)' })
  @MaxLength(500)
  reason!: string;
}
