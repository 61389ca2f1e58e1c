import {
  addDays,
  rollBackward,
  type CourtCalendarData,
  type IsoDate,
  type LocalDateTime,
} from '../calendar';
import { FOLLOWUP_REMINDER_TIME } from './followup-types';

// Lead-time reminders are pulled back to a court day: a reminder on a Saturday or a holiday would
// reach the advocate after the day they could have acted on it, and earlier is the safe direction.
const REMINDER_ROLL_BASIS = 'Haven follow-up lead time (reminders fall on court days)';

/** The last court day on or before `d` on `courtId`'s calendar. */
export function courtDayOnOrBefore(
  d: IsoDate,
  calendar: CourtCalendarData,
  courtId: string | undefined,
): IsoDate {
  return rollBackward(d, calendar, REMINDER_ROLL_BASIS, courtId)?.to ?? d;
}

/** `days` calendar days before `d`, pulled back to a court day. */
export function courtDayLeadBefore(
  d: IsoDate,
  days: number,
  calendar: CourtCalendarData,
  courtId: string | undefined,
): IsoDate {
  return courtDayOnOrBefore(addDays(d, -days), calendar, courtId);
}

/** A date-only reminder's delivery instant: the reminder time on that Virginia date. */
export function reminderOn(date: IsoDate): LocalDateTime {
  return { date, time: FOLLOWUP_REMINDER_TIME };
}
