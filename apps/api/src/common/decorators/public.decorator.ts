import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'haven:public';

/** Marks one of the few routes reachable without a session (login, health). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
