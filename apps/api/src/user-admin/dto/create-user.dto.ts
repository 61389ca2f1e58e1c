import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';

import { ROLES, type CreateUserRequest, type Role } from '@haven/contracts';

const NOT_BLANK = /\S/;

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({
    format: 'email',
    maxLength: 320,
    description: 'The sign-in; stored trimmed and lower-case.',
  })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ minLength: 1, maxLength: 120 })
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(120)
  displayName!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  @IsIn(ROLES as readonly string[], { message: `must be one of ${ROLES.join(', ')}` })
  role!: Role;

  // NIST 800-63B: length over composition rules; 1 KiB caps abuse of the hasher. The service
  // applies the rest: 15 characters, the common-password list and the context words.
  @ApiProperty({
    format: 'password',
    minLength: 12,
    maxLength: 1024,
    description:
      'At least 15 characters; not a common password or one built from the name, e-mail or organisation.',
  })
  @IsString()
  @MinLength(12, { message: 'must be at least 12 characters' })
  @MaxLength(1024)
  password!: string;
}
