import type { ReportCalendar } from '@haven/contracts';

/**
 * The period of `calendar` that contains `today` (YYYY-MM-DD): the default a report opens on.
 * Fiscal years are named by the year they end in (federal FY 2027 starts 1 Oct 2026; Virginia's
 * state FY 2027 starts 1 Jul 2026), as the API reads them.
 */
export function currentPeriod(
  calendar: ReportCalendar,
  today: string,
): { year: number; part: number } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (calendar) {
    case 'calendar_year':
      return { year, part: 1 };
    case 'half_year':
      return { year, part: month >= 7 ? 2 : 1 };
    case 'federal_fy_quarter':
      return { year: month >= 10 ? year + 1 : year, part: Math.floor(((month + 2) % 12) / 3) + 1 };
    case 'state_fy_quarter':
      return { year: month >= 7 ? year + 1 : year, part: Math.floor(((month + 5) % 12) / 3) + 1 };
  }
}
