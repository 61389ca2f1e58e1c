import { SetMetadata } from '@nestjs/common';
import type { Request } from 'express';

export const STEP_UP = 'haven:step-up';

export interface StepUpOptions {
  /**
   * Only when this holds for the request (its body is parsed by then), e.g. a role change inside
   * a wider update, or an export that includes confidential fields. Always when absent.
   */
  when?: (req: Request) => boolean;
}

/**
 * A dangerous act (security-checks B9): the session must have proved a factor (its TOTP code, or
 * the password when the user has none) within the last STEP_UP_MINUTES, or the request answers
 * 401 `{ error: 'reauth_required', challenge: 'totp' | 'password' }` and does nothing. The client
 * proves it with `POST /api/auth/step-up` and repeats the request. Checked by the global
 * SessionAuthGuard after the route's permission.
 */
export const RequireStepUp = (options: StepUpOptions = {}): MethodDecorator =>
  SetMetadata(STEP_UP, options);
