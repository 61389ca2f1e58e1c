import {
  formatDateRange,
  formatDayLong,
  formatDayShort,
  formatTime12h,
  type NonCourtDayReason,
  type Rollover,
} from '../calendar';
import type { PartialDateTime } from '../model/deadline';

// Everyday names where the statutory one reads awkwardly in a one-line explanation (the issue's
// example says "Thu 26 Nov is Thanksgiving"); all other names are shown as the statute gives them.
const SHORT_HOLIDAY_NAMES: Readonly<Record<string, string>> = {
  'Thanksgiving Day': 'Thanksgiving',
};

function reasonPhrase(reason: NonCourtDayReason): string {
  switch (reason.kind) {
    case 'weekend':
      return reason.weekday === 6 ? 'a Saturday' : 'a Sunday';
    case 'legal_holiday': {
      const name = SHORT_HOLIDAY_NAMES[reason.name] ?? reason.name;
      return reason.observed ? `${name} (observed)` : name;
    }
    case 'governor_or_president_day':
    case 'clerk_closure':
    case 'court_closure':
      return `${reason.name} (${reason.authority})`;
    case 'court_not_sitting':
      return 'not a day this court sits';
  }
}

/** 'Thanksgiving', 'a Saturday', 'Christmas Day (observed)'; several reasons joined with 'and'. */
export function reasonsPhrase(reasons: readonly NonCourtDayReason[]): string {
  return reasons.length === 0 ? 'a court day' : reasons.map(reasonPhrase).join(' and ');
}

/** '11:59 p.m. Mon 30 Nov 2026', or 'Mon 30 Nov 2026' without a time. */
export function whenLong(at: PartialDateTime): string {
  return at.time === undefined
    ? formatDayLong(at.date)
    : `${formatTime12h(at.time)} ${formatDayLong(at.date)}`;
}

function closedRun(rollover: Rollover): string {
  const days = rollover.skipped;
  const from = days.find((d) => d.date === rollover.from);
  let text = `${formatDayShort(rollover.from)} is ${reasonsPhrase(from?.reasons ?? [])}`;
  const first = days[0];
  const last = days[days.length - 1];
  if (days.length > 1 && first !== undefined && last !== undefined) {
    text += `; court closed ${formatDateRange(first.date, last.date)}`;
  }
  return text;
}

/**
 * The court-day clause of an explanation, starting with '; '. Forward: '; third day Thu 26 Nov is
 * Thanksgiving; court closed 26–29 Nov' or '; third day Thu 5 Mar is a court day'. Backward: '; Sun 31
 * Dec is a Sunday; court closed 30–31 Dec', or '' when no roll was needed.
 */
export function rollClause(
  ordinal: string | null,
  base: string,
  rollover: Rollover | null,
): string {
  const lead = ordinal === null ? '' : `${ordinal} `;
  if (rollover === null) {
    return ordinal === null ? '' : `; ${lead}${formatDayShort(base)} is a court day`;
  }
  return `; ${lead}${closedRun(rollover)}`;
}
