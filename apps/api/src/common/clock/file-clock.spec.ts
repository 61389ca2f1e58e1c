import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { FileClock } from './file-clock';

describe('FileClock', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'haven-clock-')), 'clock');
  const clock = new FileClock(file);

  it('reports the fixed instant the file holds', () => {
    writeFileSync(file, '2026-11-23T14:00:00.000Z\n');
    expect(clock.now().toISOString()).toBe('2026-11-23T14:00:00.000Z');
  });

  it('adds an offset to real time', () => {
    writeFileSync(file, '+86400000');
    const skew = clock.now().getTime() - Date.now() - 86_400_000;
    expect(Math.abs(skew)).toBeLessThan(1000);
  });

  it('follows the file when a test moves time', () => {
    writeFileSync(file, '2026-11-23T14:00:00.000Z');
    writeFileSync(file, '2026-12-01T00:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
