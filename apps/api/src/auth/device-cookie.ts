import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';

import { AppConfig } from '@api/config/app-config';

import { DEVICE_IDLE_MS } from './throttle/sign-in-devices';

/** Only the sign-in reads it, so no other request carries it. */
const PATH = '/api/auth/login';

/**
 * The device cookie of a browser that has signed in (throttle/sign-in-devices.ts): HttpOnly,
 * SameSite=Strict, sent to the sign-in route only, Secure (and __Secure- prefixed) by default.
 */
@Injectable()
export class DeviceCookie {
  constructor(private readonly config: AppConfig) {}

  get name(): string {
    return this.config.session.secure ? '__Secure-haven_device' : 'haven_device';
  }

  read(req: Request): string | null {
    const value: unknown = (req.cookies as Record<string, unknown> | undefined)?.[this.name];
    return typeof value === 'string' && value.length > 0 && value.length <= 64 ? value : null;
  }

  set(res: Response, token: string): void {
    res.cookie(this.name, token, {
      httpOnly: true,
      secure: this.config.session.secure,
      sameSite: 'strict',
      path: PATH,
      maxAge: DEVICE_IDLE_MS,
    });
  }
}
