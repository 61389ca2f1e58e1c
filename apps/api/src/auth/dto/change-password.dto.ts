import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, MaxLength, MinLength } from 'class-validator';

import type { ChangePasswordRequest } from '@haven/contracts';

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ format: 'password', minLength: 1, maxLength: 1024 })
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(1024)
  currentPassword!: string;

  // The length and list rules need the user's context and factor; the service applies them.
  @ApiProperty({
    format: 'password',
    minLength: 12,
    maxLength: 1024,
    description:
      'At least 15 characters (12 with an authenticator); not a common password or one built from your name, e-mail or organisation.',
  })
  @IsString()
  @MaxLength(1024)
  newPassword!: string;

  @ApiProperty({ description: "End the user's other sessions too." })
  @IsBoolean()
  endOtherSessions!: boolean;
}
