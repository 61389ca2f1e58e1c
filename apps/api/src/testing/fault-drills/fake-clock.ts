import { renameSync, writeFileSync } from 'node:fs';

/**
 * The drill's side of FileClock: every API and worker process started with FAKE_CLOCK_FILE reads
 * this file for "now", so a drill moves time for all of them at once without sleeping.
 */
export class FakeClockFile {
  private current: Date;

  constructor(
    readonly file: string,
    start: Date,
  ) {
    this.current = start;
    this.write();
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(instant: Date): void {
    this.current = new Date(instant.getTime());
    this.write();
  }

  advance(ms: number): void {
    this.set(new Date(this.current.getTime() + ms));
  }

  private write(): void {
    writeFileSync(`${this.file}.tmp`, this.current.toISOString());
    // rename is atomic: a process never reads a half-written instant.
    renameSync(`${this.file}.tmp`, this.file);
  }
}
