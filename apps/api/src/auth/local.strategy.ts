import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';

import { AddressLimitedError, AuthService, type VerifiedUser } from './auth.service';
import { DeviceCookie } from './device-cookie';
import { requestMeta } from './request-meta';

/** passport-local: e-mail and password in the JSON body, verified against the argon2id hash. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(
    private readonly auth: AuthService,
    private readonly deviceCookie: DeviceCookie,
  ) {
    super({
      usernameField: 'email',
      passwordField: 'password',
      passReqToCallback: true,
      session: false,
    });
  }

  async validate(req: Request, email: string, password: string): Promise<VerifiedUser> {
    try {
      return await this.auth.verifyCredentials(
        email,
        password,
        requestMeta(req),
        this.deviceCookie.read(req),
      );
    } catch (err) {
      if (!(err instanceof AddressLimitedError)) throw err;
      throw new HttpException(
        {
          error: 'too_many_attempts',
          message: 'Too many failed sign-ins from this address: try again in 15 minutes.',
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }
}
