import { SetMetadata } from '@nestjs/common';
import type { Request } from 'express';

import type { SessionStage } from './session.entity';

export const SESSION_STAGES = 'haven:session-stages';

/**
 * The unfinished sign-in stages a route also serves (the routes that finish a sign-in, /me and
 * logout). Every other route needs a complete session.
 */
export const AllowSessionStage = (...stages: SessionStage[]): MethodDecorator =>
  SetMetadata(SESSION_STAGES, stages);

/** The stage of the request's session, as the session guard found it. */
export function sessionStageOf(req: Request): SessionStage {
  return (req as Request & { sessionStage?: SessionStage }).sessionStage ?? 'complete';
}
