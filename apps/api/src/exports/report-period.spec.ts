import { reportPeriod } from './report-period';

describe('reportPeriod', () => {
  it('covers seven days for a week, across a month end', () => {
    expect(reportPeriod({ from: '2026-12-28', period: 'week' })).toEqual({
      from: '2026-12-28',
      to: '2027-01-03',
    });
  });

  it('covers up to the day before the same date next month', () => {
    expect(reportPeriod({ from: '2026-01-15', period: 'month' })).toEqual({
      from: '2026-01-15',
      to: '2026-02-14',
    });
    expect(reportPeriod({ from: '2026-03-01', period: 'month' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
    });
  });

  it('runs to the end of next month when next month has no such day', () => {
    expect(reportPeriod({ from: '2026-01-31', period: 'month' })).toEqual({
      from: '2026-01-31',
      to: '2026-02-28',
    });
    expect(reportPeriod({ from: '2028-01-30', period: 'month' })).toEqual({
      from: '2028-01-30',
      to: '2028-02-29',
    });
  });
});
