import type { ReportCalendar } from '@haven/contracts';

import { DomainError } from '@api/common/errors/domain-error';

export interface ReportPeriod {
  from: string;
  to: string;
  /** The first day of the fiscal year the period belongs to. */
  fiscalYearStart: string;
  label: string;
}

/** How many parts each calendar cuts its year into. */
export const CALENDAR_PARTS: Readonly<Record<ReportCalendar, number>> = {
  calendar_year: 1,
  half_year: 2,
  federal_fy_quarter: 4,
  state_fy_quarter: 4,
};

const LAST_DAY = ['', '31', '28', '31', '30', '31', '30', '31', '31', '30', '31', '30', '31'];

function lastDayOf(year: number, month: number): string {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return `${year}-${String(month).padStart(2, '0')}-${leap ? '29' : LAST_DAY[month]}`;
}

function monthStart(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/**
 * The dates of a report period. Fiscal years are named by the year they end in, as funders do:
 * federal FY 2027 runs 1 Oct 2026 – 30 Sep 2027 (VOCA PMT); Virginia's state FY 2027 runs
 * 1 Jul 2026 – 30 Jun 2027 (DCJS VSDCS). OVW's halves are January–June and July–December.
 */
export function reportPeriod(calendar: ReportCalendar, year: number, part = 1): ReportPeriod {
  if (!Number.isInteger(part) || part < 1 || part > CALENDAR_PARTS[calendar]) {
    throw new DomainError(
      'INVALID_PERIOD',
      'invalid',
      `must be between 1 and ${CALENDAR_PARTS[calendar]} for this report`,
      'part',
    );
  }
  switch (calendar) {
    case 'calendar_year':
      return {
        from: monthStart(year, 1),
        to: lastDayOf(year, 12),
        fiscalYearStart: monthStart(year, 1),
        label: `Calendar year ${year}`,
      };
    case 'half_year': {
      const first = part === 1 ? 1 : 7;
      return {
        from: monthStart(year, first),
        to: lastDayOf(year, first + 5),
        fiscalYearStart: monthStart(year, 1),
        label: `${part === 1 ? 'January–June' : 'July–December'} ${year}`,
      };
    }
    case 'federal_fy_quarter':
      return fiscalQuarter(year, part, 10, 'Federal FY');
    case 'state_fy_quarter':
      return fiscalQuarter(year, part, 7, 'Virginia state FY');
  }
}

function fiscalQuarter(fy: number, part: number, startMonth: number, name: string): ReportPeriod {
  const offset = startMonth - 1 + (part - 1) * 3;
  const year = fy - 1 + Math.floor(offset / 12);
  const month = (offset % 12) + 1;
  return {
    from: monthStart(year, month),
    to: lastDayOf(year, month + 2),
    fiscalYearStart: monthStart(fy - 1, startMonth),
    label: `${name} ${fy}, quarter ${part}`,
  };
}

/** Each month of a period as `YYYY-MM`, the keys of a by-month table. */
export function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split('-').map(Number) as [number, number];
  while (monthStart(year, month) <= period.to) {
    months.push(monthStart(year, month).slice(0, 7));
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
