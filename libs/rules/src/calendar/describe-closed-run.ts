import type { NonCourtDayReason } from './court-calendar-data';
import { formatDateRange, formatDayShort } from './format';
import type { Rollover } from './rollover';

function phrase(reason: NonCourtDayReason): string {
  switch (reason.kind) {
    case 'weekend':
      return reason.weekday === 6 ? 'a Saturday' : 'a Sunday';
    case 'legal_holiday':
      return reason.observed ? `${reason.name} (observed)` : reason.name;
    case 'governor_or_president_day':
    case 'clerk_closure':
    case 'court_closure':
      return `${reason.name} (${reason.authority})`;
    case 'court_not_sitting':
      return 'not a day this court sits';
  }
}

// Names only the first day closed for more than a weekend, so the line stays short; the range covers
// the rest. Weekend-only runs read 'court closed 7–8 Mar (weekend)'.
/** Plain English for closed days, e.g. 'Thu 26 Nov is Thanksgiving Day; court closed 26–29 Nov'. */
export function describeClosedRun(skipped: Rollover['skipped']): string {
  if (skipped.length === 0) {
    return '';
  }
  const days = [...skipped].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) {
    return '';
  }
  const range = formatDateRange(first.date, last.date);
  for (const day of days) {
    const notable = day.reasons.find((r) => r.kind !== 'weekend');
    if (notable !== undefined) {
      return `${formatDayShort(day.date)} is ${phrase(notable)}; court closed ${range}`;
    }
  }
  return `court closed ${range} (weekend)`;
}
