// Results must not depend on the process time zone (brief; rules-spec A-22). This spec builds a
// fingerprint of computed results and, when RULES_FINGERPRINT_FILE is set, writes it so that
// scripts/test-both-timezones.sh can compare runs under TZ=UTC and TZ=America/New_York. As a test
// it is the one file in libs/rules allowed to touch node:fs and process.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

import { CALENDAR_FINGERPRINT_CASES, type FingerprintCase } from './calendar/fingerprint-cases';
import { RULES_FINGERPRINT_CASES } from './case/fingerprint-cases';
import { RULES_REVISION, RULES_REVISION_FINGERPRINT } from './registry/rules-revision';

// Add further groups (e.g. whole-case rule results) here; names must be unique.
const CASES: readonly FingerprintCase[] = [
  ...CALENDAR_FINGERPRINT_CASES,
  ...RULES_FINGERPRINT_CASES,
];

// One line per case keeps the file small and makes a cmp/diff failure point at the case.
function fingerprint(): string {
  const lines = CASES.map((c) => `${JSON.stringify(c.name)}: ${JSON.stringify(c.compute())}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

// Library code must not read the host's clock, zone or locale (brief; STYLE.md §5): Date only via
// Date.UTC / getUTC*, no Intl, no process, no node: imports.
const FORBIDDEN: ReadonlyArray<[RegExp, string]> = [
  [/\bnew Date\(\s*\)/, 'argument-less new Date()'],
  [/\bDate\.now\(/, 'Date.now()'],
  [
    /\.(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|TimezoneOffset)\(/,
    'Date local-time method',
  ],
  [/\btoLocale\w*\(/, 'locale-dependent formatting'],
  [/\bIntl\./, 'Intl (host ICU data)'],
  [/\bprocess\./, 'process'],
  [/from ['"]node:/, 'node: import'],
  [/\brequire\(/, 'require()'],
];

function librarySources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return librarySources(path);
    }
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('determinism of computed results', () => {
  const first = fingerprint();

  it('names every fingerprint case uniquely', () => {
    const names = CASES.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives the same fingerprint when computed twice', () => {
    expect(fingerprint()).toBe(first);
  });

  // Stored cases were computed by an earlier build: a change in the results must bring a new
  // revision, so the deployment recomputes (and has advocates review) every open case.
  it('matches the fingerprint recorded for RULES_REVISION, or asks for a new revision', () => {
    const measured = createHash('sha256').update(first).digest('hex');
    const hint =
      measured === RULES_REVISION_FINGERPRINT
        ? 'recorded'
        : `the computed results changed: set RULES_REVISION to ${RULES_REVISION + 1} and ` +
          `RULES_REVISION_FINGERPRINT to '${measured}' (src/registry/rules-revision.ts)`;
    expect(hint).toBe('recorded');
  });

  it('uses no host clock, time zone, locale or I/O in library code', () => {
    const offences = librarySources(__dirname).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(
        ([, what]) => `${relative(__dirname, file)}: ${what}`,
      );
    });
    expect(offences).toEqual([]);
  });

  it('writes the fingerprint to RULES_FINGERPRINT_FILE when set (repo-relative path)', () => {
    const target = process.env['RULES_FINGERPRINT_FILE'];
    if (target === undefined || target === '') {
      return;
    }
    const path = resolve(process.cwd(), target);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, first, 'utf8');
    expect(first.length).toBeGreaterThan(0);
  });
});
