import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';

import { AuthService, type VerifiedUser } from './auth.service';
import { requestMeta } from './request-meta';

/** passport-local: e-mail and password in the JSON body, verified against the argon2id hash. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly auth: AuthService) {
    super({
      usernameField: 'email',
      passwordField: 'password',
      passReqToCallback: true,
      session: false,
    });
  }

  validate(req: Request, email: string, password: string): Promise<VerifiedUser> {
    return this.auth.verifyCredentials(email, password, requestMeta(req));
  }
}
