import { RulesInputError } from '../errors';
import { isValidIsoDate, parseIsoDate, parseIsoTime, parseMinutesOfDay } from './parse';

describe('parseIsoDate', () => {
  it('returns a real date unchanged', () => {
    expect(parseIsoDate('2026-11-23', 'issuedAt.date')).toBe('2026-11-23');
    expect(parseIsoDate('2028-02-29', 'x')).toBe('2028-02-29');
  });

  it.each([
    ['an impossible day', '2026-02-30'],
    ['missing zero padding', '2026-2-3'],
    ['a timestamp', '2026-03-04T10:00:00Z'],
    ['a year before 1900', '1899-12-31'],
    ['a year after 2200', '2201-01-01'],
    ['Feb 29 in 2100', '2100-02-29'],
    ['a number', 20261123],
    ['null', null],
    ['a Date object', new Date(0)],
    ['full-width digits', '２０２６-11-23'],
  ])('refuses %s with INVALID_DATE naming the field', (_case, value) => {
    expect.assertions(3);
    try {
      parseIsoDate(value, 'order.issuedAt.date');
    } catch (error) {
      expect(error).toBeInstanceOf(RulesInputError);
      expect((error as RulesInputError).code).toBe('INVALID_DATE');
      expect((error as RulesInputError).field).toBe('order.issuedAt.date');
    }
  });

  it('answers isValidIsoDate without throwing', () => {
    expect(isValidIsoDate('2026-11-23')).toBe(true);
    expect(isValidIsoDate('2026-11-31')).toBe(false);
    expect(isValidIsoDate(undefined)).toBe(false);
  });
});

describe('parseIsoTime', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['23:59', 1439],
    ['12:00', 720],
  ])('accepts %s (%i minutes after midnight)', (time, minutes) => {
    expect(parseIsoTime(time, 'at.time')).toBe(time);
    expect(parseMinutesOfDay(time)).toBe(minutes);
  });

  it.each(['24:00', '9:30', '09:60', '09:30:00', '0930', '', 930, null, '-1:00', '2a:00'])(
    'refuses %j with INVALID_TIME naming the field',
    (value) => {
      expect(() => parseIsoTime(value, 'hearing.at.time')).toThrow(
        expect.objectContaining({ code: 'INVALID_TIME', field: 'hearing.at.time' }),
      );
    },
  );
});
