import { Clock } from '@api/common/clock/clock';

/** A clock tests move by hand, so time-based behaviour is tested without sleeping. */
export class MutableClock extends Clock {
  constructor(private current: Date = new Date('2026-11-23T14:00:00Z')) {
    super();
  }
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(instant: Date): void {
    this.current = new Date(instant.getTime());
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
