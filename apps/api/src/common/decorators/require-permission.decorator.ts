import { SetMetadata } from '@nestjs/common';

import type { Permission } from '@api/auth/permissions';

export const REQUIRED_PERMISSION = 'haven:permission';

/** States the permission a route needs; a route with neither this nor @Public() is refused. */
export const RequirePermission = (permission: Permission): MethodDecorator =>
  SetMetadata(REQUIRED_PERMISSION, permission);
