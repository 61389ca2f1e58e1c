import { HttpErrorResponse } from '@angular/common/http';

import type { StepUpChallenge } from '@haven/contracts';

/** The challenge of a 401 that asks for a fresh factor (security-checks B9), or null. */
export function stepUpChallengeOf(err: unknown): StepUpChallenge | null {
  if (!(err instanceof HttpErrorResponse) || err.status !== 401) {
    return null;
  }
  const body = err.error as { error?: unknown; challenge?: unknown } | null;
  return body?.error === 'reauth_required' &&
    (body.challenge === 'totp' || body.challenge === 'password')
    ? body.challenge
    : null;
}
