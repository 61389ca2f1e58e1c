import { describe, expect, it } from 'vitest';

import { currentPeriod } from './report-periods';

describe('currentPeriod', () => {
  it.each([
    ['federal_fy_quarter', '2026-10-01', 2027, 1],
    ['federal_fy_quarter', '2026-12-31', 2027, 1],
    ['federal_fy_quarter', '2027-01-01', 2027, 2],
    ['federal_fy_quarter', '2027-09-30', 2027, 4],
    ['state_fy_quarter', '2026-07-01', 2027, 1],
    ['state_fy_quarter', '2026-12-06', 2027, 2],
    ['state_fy_quarter', '2027-06-30', 2027, 4],
    ['half_year', '2026-06-30', 2026, 1],
    ['half_year', '2026-07-01', 2026, 2],
    ['calendar_year', '2026-12-06', 2026, 1],
  ] as const)('%s on %s is %i part %i', (calendar, today, year, part) => {
    expect(currentPeriod(calendar, today)).toEqual({ year, part });
  });
});
