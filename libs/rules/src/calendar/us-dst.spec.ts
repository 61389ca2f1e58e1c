import { RulesInputError } from '../errors';
import { fromDayNumber } from './day-number';
import { dstSundays } from './us-dst';

function sundays(year: number): [string, string] {
  const { start, end } = dstSundays(year);
  return [fromDayNumber(start), fromDayNumber(end)];
}

describe('US DST dates for New York (15 U.S.C. § 260a)', () => {
  it.each([
    [2026, '2026-03-08', '2026-11-01'],
    [2027, '2027-03-14', '2027-11-07'],
    [2028, '2028-03-12', '2028-11-05'],
    [2007, '2007-03-11', '2007-11-04'],
    [2006, '2006-04-02', '2006-10-29'],
    [1987, '1987-04-05', '1987-10-25'],
    [1986, '1986-04-27', '1986-10-26'],
    [1974, '1974-01-06', '1974-10-27'],
    [1975, '1975-02-23', '1975-10-26'],
    [1967, '1967-04-30', '1967-10-29'],
    [2200, '2200-03-09', '2200-11-02'],
  ])('in %i runs from %s to %s', (year, start, end) => {
    expect(sundays(year)).toEqual([start, end]);
  });

  it('refuses years before the Uniform Time Act rules (1967) with OUTSIDE_CALENDAR_RANGE', () => {
    expect(() => dstSundays(1966)).toThrow(RulesInputError);
    expect(() => dstSundays(2201)).toThrow(
      expect.objectContaining({ code: 'OUTSIDE_CALENDAR_RANGE' }),
    );
  });
});
