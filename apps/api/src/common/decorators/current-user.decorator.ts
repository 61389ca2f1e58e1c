import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

import type { Actor } from '../actor';

/** The signed-in actor that the session guard attached to the request. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Actor =>
    ctx.switchToHttp().getRequest<{ actor: Actor }>().actor,
);
