import type { Citation, IsoDate } from './types';

/** Why a date is not a court day (rules-spec §2.1); an empty list means it is one. */
export type NonCourtDayReason =
  | { kind: 'weekend'; weekday: 6 | 7 }
  | {
      kind: 'legal_holiday';
      name: string;
      actualDate: IsoDate;
      observed: boolean;
      citation: Citation;
    }
  | {
      kind: 'governor_or_president_day' | 'clerk_closure' | 'court_closure';
      name: string;
      authority: string;
    }
  | { kind: 'court_not_sitting'; weekday: number };

/** The kinds of closure an admin enters as data (Va. Code §§ 1-210, 17.1-207). */
export type ClosureKind = 'governor_or_president_day' | 'clerk_closure' | 'court_closure';

/** One closure day entered by an admin, with the authority for it. */
export interface Closure {
  date: IsoDate;
  courtIds: string[] | 'statewide';
  allDay: boolean;
  kind: ClosureKind;
  name: string;
  authority: string;
}

/** Court calendar input data: closures, optional per-court sitting weekdays and coverage. */
export interface CourtCalendarData {
  closures: Closure[];
  /** Per courtId, the ISO weekdays (1..5) the court sits; default Monday to Friday. */
  sessionWeekdays?: Record<string, number[]>;
  coverage?: { from: IsoDate; to: IsoDate; closuresEnteredThrough?: IsoDate };
}

/** Which way a date is moved to a court day; decides how part-day closures count (§2.1). */
export type RollDirection = 'forward' | 'backward';

/** Legal holidays and weekends only; every court sits Monday to Friday; no closures entered. */
export const STATEWIDE_CALENDAR: CourtCalendarData = Object.freeze({
  closures: Object.freeze([]) as unknown as Closure[],
});
