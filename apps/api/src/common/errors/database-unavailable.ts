/**
 * Errors that say "PostgreSQL cannot take this request now", not "this request is wrong": the pool
 * had no free connection within its acquire timeout, the server refused or dropped the connection,
 * or it is starting, shutting down or out of connection slots. The caller should retry, so these
 * answer 503 with Retry-After instead of 500.
 */
const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /connection terminated (unexpectedly|due to connection timeout)/i,
  /driver not connected/i,
];

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '53300', // too_many_connections
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
]);

/** Seconds a client should wait before retrying a request refused for lack of a connection. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    if (typeof e !== 'object') return false;
    const { message, code } = e as { message?: unknown; code?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(message))) {
      return true;
    }
    // TypeORM wraps the driver's error; Node wraps with `cause`.
    e = (e as { driverError?: unknown }).driverError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
