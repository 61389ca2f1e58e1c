import { applyDecorators, SetMetadata } from '@nestjs/common';

import type { Permission } from '../permissions';

import { ApiSessionRequired } from './api-error-responses.decorator';

export const REQUIRED_PERMISSION = 'haven:permission';

/**
 * States the permission a route needs; a route with neither this nor @Public() is refused. It also
 * documents the session cookie and the 401/403 answers every such route can give.
 */
export const RequirePermission = (permission: Permission): MethodDecorator =>
  applyDecorators(SetMetadata(REQUIRED_PERMISSION, permission), ApiSessionRequired());
