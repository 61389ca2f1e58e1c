import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import { ROLES, type Role, type UpdateUserRequest } from '@haven/contracts';

const NOT_BLANK = /\S/;

/** Every field optional, at least one present (NOTHING_TO_CHANGE otherwise). */
export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(120)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role' })
  @IsOptional()
  @IsIn(ROLES as readonly string[], { message: `must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({
    description: 'false deactivates the account and ends its sessions at once.',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
