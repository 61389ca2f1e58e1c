import { nonCourtDayReasons } from '@haven/rules';

const WEEKDAY_NAMES: Readonly<Record<number, string>> = { 6: 'Saturday', 7: 'Sunday' };

/**
 * Why the courts are closed on `date` ('YYYY-MM-DD'), as a warning for a filing date, or null on
 * a court day: a weekend or a Virginia legal holiday (Va. Code § 2.2-3300), as the rules library
 * computes them. A closure an admin recorded is judged by the API when it computes the deadlines.
 */
export function closedDayWarning(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return null;
  }
  const [reason] = nonCourtDayReasons(date, { closures: [] });
  if (!reason) {
    return null;
  }
  const why =
    reason.kind === 'weekend'
      ? `a ${WEEKDAY_NAMES[reason.weekday] ?? 'weekend day'}`
      : reason.kind === 'legal_holiday'
        ? `${reason.name}, a legal holiday (${reason.citation})`
        : reason.kind === 'court_not_sitting'
          ? 'a day the court does not sit'
          : reason.name;
  return `This is ${why}: the clerk's office is closed, so nothing can be filed that day. Check the date.`;
}
