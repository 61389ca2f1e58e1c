/** A civil date in Virginia (America/New_York), 'YYYY-MM-DD'. */
export type IsoDate = string;

/** A wall-clock time in Virginia, 'HH:MM', 24-hour. */
export type IsoTime = string;

/** A wall-clock date and time in America/New_York; '23:59' is end of day (rules-spec A-22). */
export interface LocalDateTime {
  date: IsoDate;
  time: IsoTime;
}

/** A citation exactly as written in the source, e.g. 'Va. Code § 2.2-3300'. */
export type Citation = string;
