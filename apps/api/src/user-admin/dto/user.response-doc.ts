import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import {
  ROLES,
  type AssigneeListResponse,
  type AssigneeResponse,
  type Role,
  type UserListResponse,
  type UserResponse,
} from '@haven/contracts';

import { INSTANT_SCHEMA, UUID_SCHEMA } from '@api/common/openapi/schema-options';

@ApiSchema({
  name: 'UserResponse',
  description: 'A user of the organisation as admins manage them. Never a password or its hash.',
})
export class UserResponseDoc implements UserResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty({ format: 'email', description: "The staff member's sign-in e-mail." })
  email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ description: 'False once deactivated.' }) active!: boolean;
  @ApiProperty(INSTANT_SCHEMA) createdAt!: string;
}

@ApiSchema({ name: 'UserListResponse', description: 'Every user of the organisation, by name.' })
export class UserListResponseDoc implements UserListResponse {
  @ApiProperty({ type: [UserResponseDoc] }) items!: UserResponseDoc[];
}

@ApiSchema({
  name: 'AssigneeResponse',
  description: 'Someone a supervisor may give a case or a task to.',
})
export class AssigneeResponseDoc implements AssigneeResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
}

@ApiSchema({ name: 'AssigneeListResponse' })
export class AssigneeListResponseDoc implements AssigneeListResponse {
  @ApiProperty({ type: [AssigneeResponseDoc] }) items!: AssigneeResponseDoc[];
}
