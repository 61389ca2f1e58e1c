/** The four roles; every user has exactly one, in exactly one organisation. */
export type Role = 'advocate' | 'supervisor' | 'staff' | 'admin';

/** All roles, in order of increasing reach. */
export const ROLES: readonly Role[] = ['advocate', 'supervisor', 'staff', 'admin'];

/** POST /api/auth/login body. */
export interface LoginRequest {
  email: string;
  password: string;
}

/** The signed-in user, as returned by login and GET /api/auth/me. */
export interface SessionUserResponse {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisation: { id: string; name: string };
}
