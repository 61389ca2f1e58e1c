import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  citationsIn,
  codesIn,
  documentedCodes,
  sourceFiles,
  undocumented,
  type Citation,
  type Documented,
} from './cited-codes';

const ROOT = join(__dirname, '..');

function codesOf(file: string, text: string): string[] {
  return citationsIn(file, text).map((c) => `${c.kind} ${c.code}`);
}

describe('every code a comment cites has a row in docs/', () => {
  let citations: Citation[];
  let documented: Documented;

  beforeAll(() => {
    citations = sourceFiles(ROOT).flatMap((file) =>
      citationsIn(file, readFileSync(join(ROOT, file), 'utf8')),
    );
    documented = documentedCodes(ROOT);
  });

  it('finds citations of every kind in the repository, so the walk is not vacuous', () => {
    const cited = new Set(citations.map((c) => `${c.kind} ${c.code}`));
    for (const code of [
      'check A8',
      'check G10',
      'rule R11',
      'reading A-10',
      'section §2.1',
      'example example 1',
      'bullmq #892',
      'style STYLE.md §2',
    ]) {
      expect(cited).toContain(code);
    }
  });

  it('gives every cited code a row', () => {
    expect(undocumented(citations, documented)).toEqual([]);
  });

  it('has a row naming its id for every rule of the registry, and a row for every ambiguity reading', () => {
    const ids = readFileSync(join(ROOT, 'libs/rules/src/registry/rule-ids.ts'), 'utf8');
    const rules = [...ids.matchAll(/^\s*(R\d{2}[a-z]?): '([^']+)'/gm)];
    expect(rules.length).toBeGreaterThanOrEqual(38);
    const missingRules = rules
      .filter(([, ref, id]) => !(documented.ruleRows.get(ref ?? '') ?? '').includes(`\`${id}\``))
      .map(([, ref, id]) => `${ref} ${id}`);
    expect(missingRules).toEqual([]);

    const assumptions = readFileSync(join(ROOT, 'libs/rules/src/registry/assumptions.ts'), 'utf8');
    const readings = [...assumptions.matchAll(/id: '(A-\d{2})'/g)].map((m) => m[1] ?? '');
    expect(readings.length).toBeGreaterThanOrEqual(24);
    expect(readings.filter((id) => !documented.codes.reading.has(id))).toEqual([]);
  });

  it('names, as the places where codes are tested, only paths that exist', () => {
    expect(documented.paths.length).toBeGreaterThan(50);
    const gone = documented.paths
      .filter(({ path }) => !existsSync(join(ROOT, path)))
      .map(({ page, path }) => `${page} names ${path}, which does not exist: update the row`);
    expect(gone).toEqual([]);
  });
});

describe('the citation finder', () => {
  const documented = (): Documented => documentedCodes(ROOT);

  it('fails on a made-up code in a comment or a test name, naming the file, the line and the code', () => {
    const fixture = [
      "import { x } from './x';",
      '',
      '// The outbox is atomic (security-checks G14).',
      "describe('R39: a rule nobody wrote', () => {",
      "  it('applies reading A-25 and rules-spec §6.1, as example 41 shows (BullMQ #99999)', () => {});",
      '});',
    ].join('\n');
    expect(undocumented(citationsIn('apps/api/src/fixture.ts', fixture), documented())).toEqual([
      'apps/api/src/fixture.ts:3 cites security check G14: add a row to docs/security-checks.md',
      'apps/api/src/fixture.ts:4 cites rule R39: add a row to docs/rules.md',
      'apps/api/src/fixture.ts:5 cites ambiguity reading A-25: add a row to docs/rules.md',
      'apps/api/src/fixture.ts:5 cites rules-spec section §6.1: add a row to docs/rules.md',
      'apps/api/src/fixture.ts:5 cites worked example example 41: add a row to docs/rules.md',
      'apps/api/src/fixture.ts:5 cites BullMQ issue #99999: add a row to docs/security-checks.md',
    ]);
  });

  it('passes the same shapes when the codes have rows', () => {
    const fixture =
      "// security-checks G13 (rules-spec §2.1, A-07, R09a, example 40, #3765)\nit('G1: atomic', () => {});";
    expect(undocumented(citationsIn('libs/rules/src/fixture.ts', fixture), documented())).toEqual(
      [],
    );
  });

  it('reads comments, test names and Markdown, never code or strings', () => {
    const ts = [
      "const cell = sheet.getCell('F12'); // the totals row",
      "const colour = '#E6E6E6'; const url = 'http://example.org/G14';",
      "const pattern = /G14/; const note = `R99 ${'A-99'}`;",
      "test.each([1])('case %s (G12)', () => {});",
      '/** Redelivers a stalled job (#892). */',
    ].join('\n');
    expect(codesOf('apps/api/src/x.ts', ts)).toEqual(['check G12', 'bullmq #892']);
    expect(codesOf('apps/web/src/x.html', '<div class="F12">A9</div><!-- A10 -->')).toEqual([
      'check A10',
    ]);
    expect(codesOf('scripts/x.sh', 'echo "G14" # security-checks B7\n#!/bin/sh')).toEqual([
      'check B7',
    ]);
    expect(codesOf('README.md', 'The fault drills (security-checks G2–G4, A8).')).toEqual([
      'check G2',
      'check G3',
      'check G4',
      'check A8',
    ]);
  });

  it('ignores look-alikes in prose: hex and exponents, words, paths, statutes, project issues', () => {
    const prose = [
      '0xE6, 1E6, E2E tests, I18n, a11y, UTF-8, SHA-256',
      'apps/api/src/jobs/drills/a8-no-secrets.drill-spec.ts and g8-two-apis',
      'Va. Code § 16.1-279.1(B); §§ 19.2-152.8(H); § 2.2-3300; § 1-210(B); 18 U.S.C. § 2265(d)(3)',
      'HUD §4.3 and NIST SP 800-63B §5.1.1.2 are other documents',
      'TODO(#12), issue 11, OptimalBits/bull#1982, colour #fff',
      'a row 5 of a table, outside libs/rules',
    ].join('\n');
    expect(codesIn(prose)).toEqual([]);
  });

  it('reads ranges and lists, and tells the catalogues apart', () => {
    const found = (text: string, rows = false): string[] =>
      codesIn(text, { rowsAreExamples: rows }).map((f) => `${f.kind} ${f.code}`);
    expect(found('R14–R16 and A-01..A-03')).toEqual([
      'rule R14',
      'rule R15',
      'rule R16',
      'reading A-01',
      'reading A-02',
      'reading A-03',
    ]);
    expect(found('examples 1, 10 and 12–13; rules-spec row 16')).toEqual([
      'example example 1',
      'example example 10',
      'example example 12',
      'example example 13',
      'example example 16',
    ]);
    expect(found('(row 3)', true)).toEqual(['example example 3']);
    expect(found('STYLE.md §2, §12; security-checks §1; rules-spec §1.11')).toEqual([
      'style STYLE.md §2',
      'style STYLE.md §12',
      'checksSection §1',
      'section §1.11',
    ]);
  });
});
