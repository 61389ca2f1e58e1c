import type { Role } from '@haven/contracts';

/** Who is acting: passed as the first argument to every service method. */
export interface Actor {
  userId: string;
  organisationId: string;
  role: Role;
  sessionId: string;
}
