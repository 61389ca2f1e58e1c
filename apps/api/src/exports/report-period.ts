import type { ExportFilters } from '@haven/contracts';

/**
 * The civil dates a printable report covers: a week is `from` and the six days after it; a month
 * is `from` to the day before the same day of the next month (2026-01-15 → 2026-02-14; 2026-01-31 → 2026-02-28). Civil
 * arithmetic in UTC, so no time zone moves a date.
 */
export function reportPeriod(filters: ExportFilters): { from: string; to: string } {
  const from = filters.from as string;
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  if ((filters.period ?? 'week') === 'week') {
    return { from, to: civil(new Date(Date.UTC(y, m - 1, d + 6))) };
  }
  const lastOfNext = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  // No such day next month (31 January): the month runs to the end of next month's last day.
  if (d > lastOfNext) return { from, to: civil(new Date(Date.UTC(y, m, lastOfNext))) };
  return { from, to: civil(new Date(Date.UTC(y, m, d - 1))) };
}

function civil(date: Date): string {
  return date.toISOString().slice(0, 10);
}
