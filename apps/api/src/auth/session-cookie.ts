import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';

import { AppConfig } from '@api/config/app-config';

/** Reads, sets and clears the session cookie: HttpOnly, SameSite=Strict, Path=/, Secure by default. */
@Injectable()
export class SessionCookie {
  constructor(private readonly config: AppConfig) {}

  read(req: Request): string | null {
    const value: unknown = (req.cookies as Record<string, unknown> | undefined)?.[
      this.config.session.cookieName
    ];
    return typeof value === 'string' && value.length > 0 && value.length <= 128 ? value : null;
  }

  set(res: Response, token: string): void {
    const { cookieName, secure, absoluteMs } = this.config.session;
    res.cookie(cookieName, token, {
      httpOnly: true,
      secure,
      sameSite: 'strict',
      path: '/',
      maxAge: absoluteMs,
    });
  }

  clear(res: Response): void {
    const { cookieName, secure } = this.config.session;
    res.clearCookie(cookieName, { httpOnly: true, secure, sameSite: 'strict', path: '/' });
  }
}
