import { virginiaDate, virginiaDateTime } from './clock';

describe('virginiaDate', () => {
  it('gives the New York civil date for an instant late in the evening there', () => {
    // 2026-11-24T02:30Z is 21:30 on Mon 23 Nov in New York (EST, UTC-5).
    expect(virginiaDate(new Date('2026-11-24T02:30:00Z'))).toBe('2026-11-23');
  });

  it('follows daylight saving time', () => {
    // 2026-07-04T03:30Z is 23:30 on Fri 3 Jul in New York (EDT, UTC-4).
    expect(virginiaDate(new Date('2026-07-04T03:30:00Z'))).toBe('2026-07-03');
  });
});

describe('virginiaDateTime', () => {
  it('gives the New York wall clock to the minute', () => {
    expect(virginiaDateTime(new Date('2026-11-24T02:40:00Z'))).toEqual({
      date: '2026-11-23',
      time: '21:40',
    });
  });
});
