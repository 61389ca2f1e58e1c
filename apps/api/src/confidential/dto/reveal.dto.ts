import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';

import type { ClientSecretField, RespondentSecretField, RevealRequest } from '@haven/contracts';

export class RevealDto implements RevealRequest {
  @IsIn(['client', 'respondent'])
  party!: 'client' | 'respondent';

  @IsIn(['address', 'phone', 'email', 'employer', 'safeContact', 'description'])
  field!: ClientSecretField | RespondentSecretField;

  @IsString()
  @MinLength(5, { message: 'must say why the value is needed (at least 5 characters)' })
  @MaxLength(500)
  reason!: string;
}
