import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import { ROLES, type Role, type UpdateUserRequest } from '@haven/contracts';

const NOT_BLANK = /\S/;

export class UpdateUserDto implements UpdateUserRequest {
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(120)
  displayName?: string;

  @IsOptional()
  @IsIn(ROLES as readonly string[], { message: `must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
