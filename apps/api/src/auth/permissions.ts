import type { Role } from '@haven/contracts';

export type Permission = 'session:read' | 'case:read' | 'case:create';

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  advocate: ['session:read', 'case:read', 'case:create'],
  supervisor: ['session:read', 'case:read', 'case:create'],
  staff: ['session:read', 'case:read'],
  admin: ['session:read', 'case:read'],
};

/** Whether a role holds a permission; unknown roles hold none. */
export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}
