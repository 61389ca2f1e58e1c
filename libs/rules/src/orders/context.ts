import type { CourtCalendarData } from '../calendar';

/** What every order computation needs besides the order: calendar data and whose court days. */
export interface RuleContext {
  calendar: CourtCalendarData;
  courtId: string | undefined;
}

/** End of day: conventions, A-22. */
export const END_OF_DAY = '23:59';
