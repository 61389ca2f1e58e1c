import pino, { type Logger } from 'pino';

/**
 * Paths pino blanks before a line is written. Request bodies are never logged at all; these catch
 * what could still slip into a log object: credentials, cookies and the confidential fields of a
 * survivor (Va. Code § 19.2-152.8(H); 18 U.S.C. § 2265(d)(3)).
 */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.address',
  '*.phone',
  '*.email',
  '*.employer',
  '*.safeContact',
  '*.clientName',
  '*.respondentName',
  // An unexpected error is logged with its enumerable fields: TypeORM's QueryFailedError carries
  // the query's bound values, and PostgreSQL's `detail` repeats a conflicting row's values.
  'err.parameters',
  'err.detail',
  'err.driverError.detail',
];

/** Builds the process logger: JSON lines to stdout, or to a file when `file` is given. */
export function createLogger(options: { level: string; file?: string; name: string }): Logger {
  return pino(
    {
      name: options.name,
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { service: options.name },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.file ? pino.destination({ dest: options.file, sync: false, mkdir: true }) : undefined,
  );
}
