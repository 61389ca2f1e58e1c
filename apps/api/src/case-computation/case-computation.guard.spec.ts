import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sources(path);
    return name.endsWith('.ts') && !/[.-]spec\.ts$/.test(name) ? [path] : [];
  });
}

const product = sources(SRC).map((file) => ({
  file: relative(SRC, file),
  text: readFileSync(file, 'utf8'),
}));

describe('one path from a fact to its deadlines and follow-ups', () => {
  it('has one recompute method, CaseComputationService.recompute', () => {
    const definers = product
      .filter(({ text }) => /^\s+(async\s+)?recompute\s*\(/m.test(text))
      .map(({ file }) => file);
    expect(definers).toEqual(['case-computation/case-computation.service.ts']);
  });

  it('writes deadline rows, case standing and planned follow-ups only from that path', () => {
    const writers = product
      .filter(({ text }) => /\.(replaceForCase|sync)\s*\(|standing\.save\s*\(/.test(text))
      .map(({ file }) => file);
    expect(writers).toEqual(['case-computation/case-computation.service.ts']);
  });
});
