import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

import type { RevealServiceNotesRequest } from '@haven/contracts';

export class RevealServiceNotesDto implements RevealServiceNotesRequest {
  @ApiProperty({ minLength: 5, maxLength: 500, description: 'Why the notes are needed (audited).' })
  @IsString()
  @MinLength(5, { message: 'must say why the notes are needed (at least 5 characters)' })
  @MaxLength(500)
  reason!: string;
}
