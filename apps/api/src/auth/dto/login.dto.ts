import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

import type { LoginRequest } from '@haven/contracts';

export class LoginDto implements LoginRequest {
  @ApiProperty({ format: 'email', maxLength: 320, example: 'advocate@example.org' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  // No upper limit that truncates: long passphrases are welcome (NIST 800-63B), 1 KiB caps abuse.
  @ApiProperty({ format: 'password', minLength: 1, maxLength: 1024 })
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(1024)
  password!: string;
}
