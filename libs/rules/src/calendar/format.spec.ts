import { RulesInputError } from '../errors';
import { formatDateRange, formatDayLong, formatDayShort, formatTime12h } from './format';

describe('formatting days', () => {
  it.each([
    ['2026-11-26', 'Thu 26 Nov', 'Thu 26 Nov 2026'],
    ['2026-11-30', 'Mon 30 Nov', 'Mon 30 Nov 2026'],
    ['2026-03-07', 'Sat 7 Mar', 'Sat 7 Mar 2026'],
    ['2028-02-29', 'Tue 29 Feb', 'Tue 29 Feb 2028'],
    ['2027-12-31', 'Fri 31 Dec', 'Fri 31 Dec 2027'],
  ])('formats %s as %j and %j', (date, short, long) => {
    expect(formatDayShort(date)).toBe(short);
    expect(formatDayLong(date)).toBe(long);
  });
});

describe('formatDateRange', () => {
  it.each([
    ['one month', '2026-11-26', '2026-11-29', '26–29 Nov'],
    ['two months', '2026-11-30', '2026-12-02', '30 Nov–2 Dec'],
    ['two years', '2027-12-31', '2028-01-02', '31 Dec 2027–2 Jan 2028'],
    ['one day', '2026-03-07', '2026-03-07', 'Sat 7 Mar'],
  ])('formats a range within %s', (_case, from, to, expected) => {
    expect(formatDateRange(from, to)).toBe(expected);
  });

  it('uses an en dash, not a hyphen', () => {
    expect(formatDateRange('2026-11-26', '2026-11-29')).toContain('\u2013');
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => formatDateRange('2026-11-29', '2026-11-26')).toThrow(RulesInputError);
  });
});

describe('formatTime12h', () => {
  it.each([
    ['23:59', '11:59 p.m.'],
    ['09:30', '9:30 a.m.'],
    ['00:00', '12:00 a.m.'],
    ['00:05', '12:05 a.m.'],
    ['12:00', '12:00 p.m.'],
    ['13:07', '1:07 p.m.'],
    ['21:40', '9:40 p.m.'],
  ])('formats %s as %s', (time, expected) => {
    expect(formatTime12h(time)).toBe(expected);
  });

  it('refuses a malformed time', () => {
    expect(() => formatTime12h('7:00')).toThrow(expect.objectContaining({ code: 'INVALID_TIME' }));
  });
});
