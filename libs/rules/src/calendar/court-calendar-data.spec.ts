import { STATEWIDE_CALENDAR } from './court-calendar-data';

describe('STATEWIDE_CALENDAR', () => {
  it('has no closures, no per-court weekdays and no coverage', () => {
    expect(STATEWIDE_CALENDAR).toEqual({ closures: [] });
  });

  it('cannot be changed by a caller (it is shared by every computation)', () => {
    expect(() =>
      STATEWIDE_CALENDAR.closures.push({
        date: '2026-12-24',
        courtIds: 'statewide',
        allDay: true,
        kind: 'governor_or_president_day',
        name: 'Christmas Eve',
        authority: 'Governor',
      }),
    ).toThrow(TypeError);
    expect(STATEWIDE_CALENDAR.closures).toHaveLength(0);
  });
});
