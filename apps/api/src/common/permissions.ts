import type { Role } from '@haven/contracts';

/** Everything a route can require. Each route states exactly one (security-checks A5). */
export type Permission =
  | 'session:read'
  | 'case:read'
  | 'case:create'
  | 'case:write'
  | 'case:assign'
  | 'case:reveal_confidential'
  | 'conflict:override'
  | 'case:legal_hold'
  | 'audit:read'
  | 'board:read'
  | 'task:write'
  | 'closure:manage'
  | 'court:manage'
  | 'user:manage'
  | 'settings:manage'
  | 'queue:read'
  | 'report:read';

/**
 * Access by need (NNEDV): advocates work their own cases, supervisors the whole organisation,
 * staff read case data without confidential fields for reports, admins run the system and see no
 * case data at all.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  advocate: [
    'session:read',
    'case:read',
    'case:create',
    'case:write',
    'case:reveal_confidential',
    'task:write',
  ],
  supervisor: [
    'session:read',
    'case:read',
    'case:create',
    'case:write',
    'case:assign',
    'case:reveal_confidential',
    'conflict:override',
    'case:legal_hold',
    'board:read',
    'task:write',
    'settings:manage',
    'report:read',
  ],
  staff: ['session:read', 'case:read', 'report:read'],
  admin: [
    'session:read',
    'closure:manage',
    'court:manage',
    'user:manage',
    'settings:manage',
    'queue:read',
    'audit:read',
  ],
};

/** Whether a role holds a permission; unknown roles hold none. */
export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}
