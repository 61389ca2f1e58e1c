import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

import { ROLES, type Role, type UpdateUserRequest } from '@haven/contracts';

const NOT_BLANK = /\S/;

/**
 * Every field optional, at least one present (NOTHING_TO_CHANGE otherwise). An absent field is
 * left alone; null is not "absent" (it would reach a NOT NULL column), so it is validated and
 * refused naming the field.
 */
export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @ValidateIf((o: UpdateUserDto) => o.displayName !== undefined)
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(120)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role' })
  @ValidateIf((o: UpdateUserDto) => o.role !== undefined)
  @IsIn(ROLES as readonly string[], { message: `must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({
    description: 'false deactivates the account and ends its sessions at once.',
  })
  @ValidateIf((o: UpdateUserDto) => o.active !== undefined)
  @IsBoolean()
  active?: boolean;
}
