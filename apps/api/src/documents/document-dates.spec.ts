import { formatLetterDate, formatLetterTime } from './document-dates';

describe('dates in documents', () => {
  it('writes a date the English way and the Spanish way', () => {
    expect(formatLetterDate('2026-12-05', 'en')).toBe('December 5, 2026');
    expect(formatLetterDate('2026-12-05', 'es')).toBe('5 de diciembre de 2026');
  });

  it('keeps the civil day at the turn of a year and on a leap day', () => {
    expect(formatLetterDate('2027-01-01', 'es')).toBe('1 de enero de 2027');
    expect(formatLetterDate('2028-02-29', 'en')).toBe('February 29, 2028');
  });

  it('writes a time in twelve hours in English and with its article in Spanish', () => {
    expect(formatLetterTime('14:30:00', 'en')).toBe('2:30 PM');
    expect(formatLetterTime('09:00', 'es')).toBe('las 9:00');
    expect(formatLetterTime('13:00', 'es')).toBe('las 13:00');
    expect(formatLetterTime('01:00', 'es')).toBe('la 1:00');
  });
});
