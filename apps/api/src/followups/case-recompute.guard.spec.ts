import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..');
const ALLOWED = new Set(['followups/case-recompute.service.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !/[.-]spec\.ts$/.test(name) ? [path] : [];
  });
}

describe('fact-changing code recomputes through CaseRecomputeService', () => {
  it('calls DeadlinesService.recompute nowhere else, so no fact change forgets its follow-ups', () => {
    const offenders = sources(SRC)
      .filter((file) => !ALLOWED.has(relative(SRC, file)))
      .filter((file) => {
        const text = readFileSync(file, 'utf8');
        // Every name a DeadlinesService is injected under, and any `.recompute(` call on it.
        const names = [...text.matchAll(/(\w+)\s*:\s*DeadlinesService\b/g)].map((m) => m[1]);
        return names.some((name) => new RegExp(`\\b${name}\\.recompute\\(`).test(text));
      })
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });
});
