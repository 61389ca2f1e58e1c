import type { Role } from './auth';

/** A user of the organisation as admins manage them. Never holds a password or its hash. */
export interface UserResponse {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  createdAt: string;
}

/** GET /api/users: every user of the caller's organisation, by display name. */
export interface UserListResponse {
  items: UserResponse[];
}

/** POST /api/users body. */
export interface CreateUserRequest {
  email: string;
  displayName: string;
  role: Role;
  /** At least 12 characters; hashed with argon2id, never stored or logged as given. */
  password: string;
}

/** PATCH /api/users/:userId body; every field optional, at least one present. */
export interface UpdateUserRequest {
  displayName?: string;
  role?: Role;
  /** false deactivates the account and ends its sessions at once. */
  active?: boolean;
}

/** Someone a supervisor may give a case or a task to. */
export interface AssigneeResponse {
  id: string;
  displayName: string;
  role: Role;
}

/** GET /api/users/assignable. */
export interface AssigneeListResponse {
  items: AssigneeResponse[];
}
