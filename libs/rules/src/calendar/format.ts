import { RulesInputError } from '../errors';
import { requireCivil, toDayNumber, weekdayOfDayNumber } from './day-number';
import { requireMinutesOfDay } from './parse';
import type { IsoDate, IsoTime } from './types';

// Fixed English names rather than Intl/toLocaleDateString, whose output depends on the host's ICU
// data and locale; explanations must be byte-identical everywhere (determinism fingerprint).
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
const EN_DASH = '\u2013';

function weekdayName(d: IsoDate): string {
  return WEEKDAYS[weekdayOfDayNumber(toDayNumber(d)) - 1] ?? '';
}

function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** 'Thu 26 Nov': weekday, day and month, for explanations within one year. */
export function formatDayShort(d: IsoDate): string {
  const { month, day } = requireCivil(d);
  return `${weekdayName(d)} ${day} ${monthName(month)}`;
}

/** 'Mon 30 Nov 2026': weekday, day, month and year. */
export function formatDayLong(d: IsoDate): string {
  const { year } = requireCivil(d);
  return `${formatDayShort(d)} ${year}`;
}

/** '26–29 Nov', '30 Nov–2 Dec', '31 Dec 2027–2 Jan 2028'; one day gives 'Sat 7 Mar'. */
export function formatDateRange(from: IsoDate, to: IsoDate): string {
  const a = requireCivil(from, 'from');
  const b = requireCivil(to, 'to');
  if (from === to) {
    return formatDayShort(from);
  }
  if (from > to) {
    throw new RulesInputError(
      'INVALID_INPUT',
      'to',
      'Expected the range to end on or after its start.',
    );
  }
  if (a.year !== b.year) {
    return `${a.day} ${monthName(a.month)} ${a.year}${EN_DASH}${b.day} ${monthName(b.month)} ${b.year}`;
  }
  if (a.month !== b.month) {
    return `${a.day} ${monthName(a.month)}${EN_DASH}${b.day} ${monthName(b.month)}`;
  }
  return `${a.day}${EN_DASH}${b.day} ${monthName(b.month)}`;
}

/** '23:59' → '11:59 p.m.', '09:30' → '9:30 a.m.', '00:00' → '12:00 a.m.', '12:00' → '12:00 p.m.'. */
export function formatTime12h(t: IsoTime): string {
  const minutes = requireMinutesOfDay(t);
  const hours = Math.floor(minutes / 60);
  const mm = String(minutes % 60).padStart(2, '0');
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}:${mm} ${hours < 12 ? 'a.m.' : 'p.m.'}`;
}
