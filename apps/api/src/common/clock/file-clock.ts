import { readFileSync } from 'node:fs';

import { Clock } from './clock';

/**
 * Test-only clock shared by several processes: the fault drills write an instant (ISO 8601) or an
 * offset from real time (`+86400000`, `-5000`) into one file, and every API and worker process
 * reads it. Only wired when NODE_ENV=test and FAKE_CLOCK_FILE is set (see apps/api/src/clock.module.ts).
 */
export class FileClock extends Clock {
  constructor(private readonly file: string) {
    super();
  }

  now(): Date {
    const real = Date.now();
    const content = readFileSync(this.file, 'utf8').trim();
    if (/^[+-]\d+$/.test(content)) return new Date(real + Number(content));
    const fixed = Date.parse(content);
    if (Number.isNaN(fixed))
      throw new Error(`fake clock file holds neither an instant nor an offset`);
    return new Date(fixed);
  }
}
