import { RulesInputError } from '../errors';
import { compareLocalDateTimes, endOfDay } from './local-date-time';

describe('endOfDay', () => {
  it('is 23:59 on the same civil date (rules-spec conventions)', () => {
    expect(endOfDay('2026-11-30')).toEqual({ date: '2026-11-30', time: '23:59' });
  });

  it('refuses a malformed date', () => {
    expect(() => endOfDay('2026-11-31')).toThrow(RulesInputError);
  });
});

describe('compareLocalDateTimes', () => {
  it('orders by date first, then wall-clock time', () => {
    const a = { date: '2026-03-05', time: '23:59' };
    const b = { date: '2026-03-06', time: '00:00' };
    expect(compareLocalDateTimes(a, b)).toBeLessThan(0);
    expect(compareLocalDateTimes(b, a)).toBeGreaterThan(0);
    expect(compareLocalDateTimes(a, { ...a })).toBe(0);
    expect(
      compareLocalDateTimes(
        { date: '2026-03-16', time: '08:00' },
        { date: '2026-03-16', time: '09:30' },
      ),
    ).toBeLessThan(0);
  });

  it('refuses a malformed time', () => {
    expect(() =>
      compareLocalDateTimes({ date: '2026-03-05', time: '24:00' }, endOfDay('2026-03-05')),
    ).toThrow(expect.objectContaining({ code: 'INVALID_TIME' }));
  });
});
