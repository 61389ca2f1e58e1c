import type { CourtCalendarData } from './court-calendar-data';
import { requireCivil, toDayNumber, daysFromCivil } from './day-number';
import { formatDayLong } from './format';
import { HOLIDAY_RULES_IN_FORCE_FROM_YEAR } from './holiday-rules';
import type { IsoDate } from './types';

/** What the court calendar data could not vouch for, for the dates a result relied on. */
export interface CalendarCoverage {
  closuresThrough?: IsoDate;
  warnings: string[];
}

function dayOf(value: unknown, field: string): number {
  const { year, month, day } = requireCivil(value, field);
  return daysFromCivil(year, month, day);
}

function list(dates: IsoDate[]): string {
  return dates.map(formatDayLong).join(', ');
}

// Warns about: no coverage stated, dates after closuresEnteredThrough (a Governor's closing may not be
// entered yet), dates outside coverage, and years before the encoded holiday list was in force.
/** What the calendar data cannot vouch for among `dates`, with closuresThrough. */
export function calendarCoverage(dates: IsoDate[], calendar: CourtCalendarData): CalendarCoverage {
  const unique = [...new Set(dates)];
  unique.forEach((d, i) => requireCivil(d, `dates[${i}]`));
  unique.sort((a, b) => toDayNumber(a) - toDayNumber(b));
  const coverage = calendar.coverage;
  const warnings: string[] = [];
  let closuresThrough: IsoDate | undefined;

  if (coverage === undefined) {
    if (unique.length > 0) {
      // Omitting a closure can make a backward-rolled actBy later than the true last open day.
      warnings.push(
        "No closure dates were stated for this court calendar: only weekends and Virginia legal holidays (Va. Code § 2.2-3300) were applied; a Governor's, President's or court closure may be missing (A-24).",
      );
    }
  } else {
    const from = dayOf(coverage.from, 'calendar.coverage.from');
    const to = dayOf(coverage.to, 'calendar.coverage.to');
    closuresThrough = coverage.closuresEnteredThrough ?? coverage.to;
    const through = dayOf(closuresThrough, 'calendar.coverage.closuresEnteredThrough');
    const outside = unique.filter((d) => toDayNumber(d) < from || toDayNumber(d) > to);
    if (outside.length > 0) {
      warnings.push(
        `${list(outside)} ${outside.length === 1 ? 'is' : 'are'} outside the court calendar (${formatDayLong(coverage.from)} to ${formatDayLong(coverage.to)}); closures on ${outside.length === 1 ? 'that day' : 'those days'} are unknown (A-24).`,
      );
    }
    const notYetEntered = unique.filter((d) => {
      const n = toDayNumber(d);
      return n > through && n >= from && n <= to;
    });
    if (notYetEntered.length > 0) {
      warnings.push(
        `Closures are entered only through ${formatDayLong(closuresThrough)}; a Governor's, President's or court closure on ${list(notYetEntered)} may not be entered yet (A-24).`,
      );
    }
  }

  const firstInForce = daysFromCivil(HOLIDAY_RULES_IN_FORCE_FROM_YEAR, 1, 1);
  const early = unique.filter((d) => toDayNumber(d) < firstInForce);
  if (early.length > 0) {
    warnings.push(
      `Virginia's legal holidays changed in 2020 (Election Day and Juneteenth added, Lee-Jackson Day removed); the current list was applied to ${list(early)} (A-24).`,
    );
  }
  return closuresThrough === undefined ? { warnings } : { closuresThrough, warnings };
}
