import { UnauthorizedException } from '@nestjs/common';

import type { StepUpChallenge } from '@haven/contracts';

/** The answer to a dangerous act without a fresh factor; the challenge says what to prove. */
export function reauthRequired(challenge: StepUpChallenge): UnauthorizedException {
  return new UnauthorizedException({
    error: 'reauth_required',
    challenge,
    message:
      challenge === 'totp'
        ? 'Enter a fresh code from your authenticator app to do this.'
        : 'Enter your password again to do this.',
  });
}
