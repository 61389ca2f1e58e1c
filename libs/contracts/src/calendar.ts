/** What a calendar entry is. */
export type CalendarItemKind = 'hearing' | 'order_expiry' | 'file_by' | 'deadline';

/** One dated entry of the calendar: a hearing, an order's expiry or a statutory deadline. */
export interface CalendarItem {
  /** The deadline's or hearing's id. */
  id: string;
  date: string;
  /** 'HH:MM' in Virginia time, or null when the day has no set time. */
  time: string | null;
  kind: CalendarItemKind;
  caseId: string;
  caseReference: string;
  title: string;
  /** For deadlines, the rule that computed the date, its citation and explanation. */
  ruleId: string | null;
  citation: string | null;
  explanation: string | null;
}

/** GET /api/calendar?from=YYYY-MM-DD&to=YYYY-MM-DD[&advocateId=…] (inclusive, at most 92 days). */
export interface CalendarQuery {
  from: string;
  to: string;
  /**
   * Only the open cases this person is assigned to. A supervisor's or staff member's calendar is
   * otherwise the organisation's; an advocate's is always their own.
   */
  advocateId?: string;
}

export interface CalendarResponse {
  /** The range's entries by date, at most 2,000 (the first ones when `truncated`). */
  items: CalendarItem[];
  /** True when the range holds more entries than `items`: the later ones were left out. */
  truncated: boolean;
}
