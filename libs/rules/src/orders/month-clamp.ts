import { isCourtDay, type IsoDate } from '../calendar';
import type { RuleContext } from './context';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * ' (no day 31 in Feb 2027, so its last day)' when calendar-month arithmetic clamped `from`'s day of
 * month to a shorter month (A-07), else ''.
 */
export function clampClause(from: IsoDate, to: IsoDate): string {
  const wanted = Number(from.slice(8, 10));
  if (Number(to.slice(8, 10)) === wanted) {
    return '';
  }
  const month = MONTHS[Number(to.slice(5, 7)) - 1] ?? '';
  return ` (no day ${wanted} in ${month} ${to.slice(0, 4)}, so its last day)`;
}

/**
 * Whether a not-rolled end date needed an ambiguity reading to decide it: a month-end clamp
 * or a day the court is closed (A-06, A-08, A-12: no rollover).
 */
export function unrolledEndNeedsReading(from: IsoDate, to: IsoDate, ctx: RuleContext): boolean {
  return clampClause(from, to) !== '' || !isCourtDay(to, ctx.calendar, ctx.courtId);
}
