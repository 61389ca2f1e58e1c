import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

import type { LoginRequest } from '@haven/contracts';

export class LoginDto implements LoginRequest {
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  // No upper limit that truncates: long passphrases are welcome (NIST 800-63B), 1 KiB caps abuse.
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(1024)
  password!: string;
}
