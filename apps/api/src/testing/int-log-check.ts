import { existsSync, readFileSync } from 'node:fs';

import { SEEDED_SECRETS } from '@haven/testing';

/**
 * Every confidential value the integration specs plant: SEEDED_SECRETS, and the other invented
 * addresses, e-mail, code word, notes and narrative that the intake, case-notes, service-attempt,
 * violation, respondent-move and safe-contact specs send. Kept here by value because those specs keep theirs local; a spec planting a new one adds
 * it here.
 */
export const PLANTED_CONFIDENTIAL_VALUES: readonly string[] = [
  ...Object.values(SEEDED_SECRETS),
  // intake.int-spec.ts: the respondent's address, the client's e-mail and safe-contact code word.
  '88 Juniper Hollow Road',
  'perpetua.inkwell@haven-test.example',
  'bluebell',
  // notes.int-spec.ts and service-attempts.int-spec.ts: where a survivor stays, where the
  // respondent was found.
  '22 Wexmoor Court',
  '4410 Marrowbend Lane',
  // violations.int-spec.ts: the narrative of a violation.
  'Larkspur Street pharmacy',
  // respondent-moves.int-spec.ts: the respondent's new address.
  '4410 Invented Lane',
  // safe-contact.int-spec.ts: the client's safe address and safe-contact note.
  'Brindlewood House, PO Box 7781',
  'sister answers the landline',
];

/** Paths every full run requests: a sign-in, and the case list and intake. */
const EXPECTED_PATHS = ['/api/auth/login', '/api/cases'];

export interface IntLogReport {
  lines: number;
  /** Request lines pino-http wrote (a `req` with its path and a `res`). */
  requests: number;
  paths: Set<string>;
  /** Each planted value found, with the first line that holds it. */
  leaks: Array<{ value: string; line: string }>;
}

/** Reads the suite's log and looks for every planted value in it. */
export function scanIntLog(text: string): IntLogReport {
  const lines = text.split('\n').filter(Boolean);
  const paths = new Set<string>();
  let requests = 0;
  for (const line of lines) {
    const path = /"req":\{[^}]*"path":"([^"]+)"/.exec(line)?.[1];
    if (path !== undefined && line.includes('"res":{')) {
      requests += 1;
      paths.add(path);
    }
  }
  const leaks: IntLogReport['leaks'] = [];
  for (const value of PLANTED_CONFIDENTIAL_VALUES) {
    const line = lines.find((l) => l.includes(value));
    if (line !== undefined) leaks.push({ value, line: line.slice(0, 300) });
  }
  return { lines: lines.length, requests, paths, leaks };
}

/**
 * The check itself; returns the problems found. A full run must also have logged the sign-in and
 * case routes, or the grep would be vacuous; a run narrowed to some specs needs only to be clean.
 */
export function checkIntLog(file: string, fullRun: boolean): string[] {
  if (!existsSync(file)) {
    return fullRun ? [`the integration suite wrote no log at ${file}`] : [];
  }
  const report = scanIntLog(readFileSync(file, 'utf8'));
  const problems = report.leaks.map((l) => `"${l.value}" is in the log: ${l.line}`);
  const missing = EXPECTED_PATHS.filter((p) => !report.paths.has(p));
  if (fullRun && (report.requests === 0 || missing.length > 0)) {
    problems.push(
      `${report.requests} request lines, none for ${missing.join(', ')}: the grep would be vacuous`,
    );
  }
  if (problems.length === 0) {
    console.log(
      `A8: ${report.lines} log lines (${report.requests} requests over ${report.paths.size} ` +
        `paths) in ${file}; no planted confidential value among them`,
    );
  }
  return problems;
}

// Run by globalTeardown as its own process: jest's global hooks have no path aliases.
if (require.main === module) {
  const [file, mode] = process.argv.slice(2);
  if (!file) throw new Error('usage: int-log-check <log file> [full]');
  const problems = checkIntLog(file, mode === 'full');
  for (const p of problems) console.error(`A8: ${p}`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
