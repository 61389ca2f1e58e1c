import type { AssigneeResponse, UserResponse } from '@haven/contracts';

import type { UserEntity } from '@api/users/user.entity';

/** Allow-list of what an admin sees of a user: never the password hash. */
export function toUserResponse(user: UserEntity): UserResponse {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    active: user.disabledAt === null,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toAssigneeResponse(user: UserEntity): AssigneeResponse {
  return { id: user.id, displayName: user.displayName, role: user.role };
}
