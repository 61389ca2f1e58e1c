import { RulesInputError } from '../errors';
import { compileCalendar } from './compiled-calendar';
import type { Closure, CourtCalendarData } from './court-calendar-data';
import { toDayNumber } from './day-number';

const closure = (overrides: Partial<Closure> = {}): Closure => ({
  date: '2026-12-24',
  courtIds: 'statewide',
  allDay: true,
  kind: 'governor_or_president_day',
  name: 'Christmas Eve',
  authority: 'Governor, Executive Order 99 (2026)',
  ...overrides,
});

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof RulesInputError
      ? `${error.code} ${error.field}`
      : 'not a RulesInputError';
  }
  return undefined;
}

describe('compileCalendar: validation of calendar data', () => {
  it.each([
    [
      'an impossible closure date',
      { closures: [closure({ date: '2026-02-30' })] },
      'INVALID_DATE calendar.closures[0].date',
    ],
    [
      'courtIds neither statewide nor a list',
      { closures: [closure({ courtIds: 'all' as never })] },
      'INVALID_INPUT calendar.closures[0].courtIds',
    ],
    [
      'allDay missing',
      { closures: [closure({ allDay: undefined as never })] },
      'INVALID_INPUT calendar.closures[0].allDay',
    ],
    [
      'an unknown kind',
      { closures: [closure({ kind: 'snow' as never })] },
      'INVALID_INPUT calendar.closures[0].kind',
    ],
    [
      'a closure with no authority',
      { closures: [closure({ authority: '' })] },
      'INVALID_INPUT calendar.closures[0].authority',
    ],
    [
      'a court sitting on no weekday',
      { closures: [], sessionWeekdays: { 'jdr-a': [] } },
      'INVALID_INPUT calendar.sessionWeekdays',
    ],
    [
      'a court sitting only at weekends',
      { closures: [], sessionWeekdays: { 'jdr-a': [6, 7] } },
      'INVALID_INPUT calendar.sessionWeekdays',
    ],
    [
      'a weekday out of range',
      { closures: [], sessionWeekdays: { 'jdr-a': [0, 2] } },
      'INVALID_INPUT calendar.sessionWeekdays',
    ],
    ['no closures list', {} as CourtCalendarData, 'INVALID_INPUT calendar.closures'],
  ])('refuses %s', (_case, calendar, expected) => {
    expect(fieldOf(() => compileCalendar(calendar as CourtCalendarData))).toBe(expected);
  });

  it('refuses a null calendar', () => {
    expect(fieldOf(() => compileCalendar(null as unknown as CourtCalendarData))).toBe(
      'INVALID_INPUT calendar',
    );
  });
});

describe('compileCalendar: indexing and memoisation', () => {
  it('indexes closures by day and session weekdays as a bit mask', () => {
    const compiled = compileCalendar({
      closures: [closure(), closure({ courtIds: ['jdr-a'], kind: 'court_closure', name: 'Flood' })],
      sessionWeekdays: { 'jdr-b': [2, 4] },
    });
    expect(compiled.closuresByDay.get(toDayNumber('2026-12-24'))).toHaveLength(2);
    expect(compiled.sessionMasks.get('jdr-b')).toBe((1 << 2) | (1 << 4));
  });

  it('returns the same index for the same calendar object', () => {
    const calendar: CourtCalendarData = { closures: [closure()] };
    expect(compileCalendar(calendar)).toBe(compileCalendar(calendar));
  });

  it('notices a closure pushed onto the same calendar after a first use', () => {
    const calendar: CourtCalendarData = { closures: [] };
    expect(compileCalendar(calendar).closuresByDay.size).toBe(0);
    calendar.closures.push(closure());
    expect(compileCalendar(calendar).closuresByDay.size).toBe(1);
  });
});
