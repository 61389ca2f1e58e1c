import type request from 'supertest';

import type { DatabaseSnapshots } from '@api/testing/db-snapshot';

import { errorBodyProblem } from './error-bodies';
import { describeRequest, type FuzzRequest } from './fuzz-requests';

/**
 * The audit rows a refusal may add by design: a 404 for a record the caller may not see is an
 * `access_denied` row (security-checks A1), a refused sign-in a `sign_in_failed` row (B3). Any
 * other refusal adds nothing.
 */
function auditAllowed(r: FuzzRequest, status: number): string | null {
  if (status === 404) return 'access_denied';
  if (status === 401 && r.path === '/api/auth/login') return 'sign_in_failed';
  // Issue 19: a client letter the safe-contact instructions forbid is refused and the refusal audited.
  if (status === 409 && r.path.endsWith('/documents/client-letter')) return 'letter_refused';
  return null;
}

/**
 * Routes that check a password or code count a wrong one against the sign-in throttle (B3), so
 * their refusals may change its counters and nothing else.
 */
const THROTTLED_PATHS = new Set([
  '/api/auth/login',
  '/api/auth/step-up',
  '/api/auth/password',
  '/api/auth/mfa/verify',
  '/api/auth/mfa/enrolment/confirm',
]);

function tablesAllowed(r: FuzzRequest): string[] {
  return THROTTLED_PATHS.has(r.path) ? ['sign_in_throttle'] : [];
}

/**
 * Sends a request and checks the answer as security-checks C1 asks: never a 5xx; a 4xx has its
 * documented body naming the fields; a refused request changes no row (A2), and adds at most the
 * one audit row its refusal is documented to write. Also checks that no body polluted
 * Object.prototype. Throws a message that says what was sent and what came back.
 */
export async function sendAndCheck(
  snapshots: DatabaseSnapshots,
  r: FuzzRequest,
  send: (r: FuzzRequest) => Promise<request.Response>,
): Promise<request.Response> {
  const before = await snapshots.take();
  const res = await send(r);
  const fail = (why: string): never => {
    throw new Error(
      `${why}\n  sent: ${describeRequest(r)}\n  got: ${res.status} ${JSON.stringify(res.body).slice(0, 600)}`,
    );
  };
  if (res.status >= 500) fail('a 5xx');
  if ((Object.prototype as Record<string, unknown>)['polluted'] !== undefined) {
    fail('Object.prototype was polluted');
  }
  if (res.status >= 400) {
    const problem = errorBodyProblem({
      status: res.status,
      body: res.body,
      headers: res.headers as Record<string, string>,
    });
    if (problem) fail(`a ${res.status} without its documented body: ${problem}`);
    const changes = await snapshots.changesSince(before);
    const allowed = auditAllowed(r, res.status);
    const unexpectedAudit = changes.auditAdded.filter((a) => a !== allowed);
    const tables = changes.tables.filter((t) => !tablesAllowed(r).includes(t));
    if (tables.length > 0 || changes.auditRewritten || unexpectedAudit.length > 0) {
      fail(`a refused request changed ${JSON.stringify(changes)}`);
    }
    if (changes.auditAdded.length > 1)
      fail(`one refusal wrote ${changes.auditAdded.length} audit rows`);
  }
  return res;
}
