import type { CourtCalendarData } from '../calendar';

/** What every order computation needs besides the order: calendar data, whose court days, rule set. */
export interface RuleContext {
  calendar: CourtCalendarData;
  courtId: string | undefined;
  /** The rule set computed under (a RULE_SETS label; default the current one). */
  ruleSet?: string;
}

/** End of day: conventions, A-22. */
export const END_OF_DAY = '23:59';
