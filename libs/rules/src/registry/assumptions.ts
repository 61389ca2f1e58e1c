/** One ambiguity of rules-spec §3 and the reading the library applies. */
export interface Assumption {
  id: string;
  title: string;
  reading: string;
}

// Short forms of rules-spec §3 so API, worker and web show the same text next to an assumption id.
/** The ambiguity readings A-01..A-24 (rules-spec §3). */
export const ASSUMPTIONS: readonly Assumption[] = Object.freeze([
  {
    id: 'A-01',
    title: 'Source conflicts and currency',
    reading:
      'EPO ends at 23:59 on the third day (cited wording), not after 72 hours; rules are effective-dated.',
  },
  {
    id: 'A-02',
    title: 'Whose calendar',
    reading:
      'FA EPO: JDR court where issued; AOV EPO: the court that would hear the preliminary petition; ESRO: circuit court; PPO: issuing court.',
  },
  {
    id: 'A-03',
    title: '"At a time" vs "on a day" not in session',
    reading:
      'Day-based test; part-day closures count as open for forward rolls and closed for backward rolls.',
  },
  {
    id: 'A-04',
    title: '"15 days" and rollover',
    reading:
      'Issuance day not counted; FA PPO rolls forward; the "generally within 15 days" targets are advisory.',
  },
  {
    id: 'A-05',
    title: 'Reissued or continued PPO',
    reading: 'A reissued PPO is a new issuance; a stated date within the limit controls.',
  },
  {
    id: 'A-06',
    title: 'Six-month PPO extension',
    reading:
      'From the grant date, calendar months, end of day, not rolled; a further extension only with attorney review.',
  },
  {
    id: 'A-07',
    title: 'Months and years',
    reading:
      'Calendar months with month-end clamp (Feb 29 + 2 years = Feb 28); days counted as days.',
  },
  {
    id: 'A-08',
    title: 'No rollover of final-order expiry',
    reading: 'A final order expires at 23:59 on its date even on a weekend or holiday.',
  },
  {
    id: 'A-09',
    title: 'FA final order with no stated expiry',
    reading:
      'Two-year default applied by analogy with act-of-violence orders; record the stated expiry.',
  },
  {
    id: 'A-10',
    title: 'What periods run from',
    reading: 'Final orders run from issuance, not service; extensions run from the grant date.',
  },
  {
    id: 'A-11',
    title: '"Filed before your protective order expires"',
    reading: 'File by the last court day on or before expiry; § 1-210(B) is never relied on.',
  },
  {
    id: 'A-12',
    title: 'Incapacity extension',
    reading: 'FA EPOs only; counted from the rolled expiry; not rolled again.',
  },
  {
    id: 'A-13',
    title: 'Next friend "within 24 hours after it expires"',
    reading:
      'Expiry + 24 hours (earlier of elapsed and same clock time); act by the last court day on or before.',
  },
  {
    id: 'A-14',
    title: '"At least 10 days before" the trial',
    reading:
      'H − 10; act by the previous court day when that is not a court day; never rolled forward.',
  },
  {
    id: 'A-15',
    title: '"24 hours before the hearing"',
    reading:
      "Needs the hearing time; if unknown, the court's opening time (default 8:00 a.m.) is assumed.",
  },
  {
    id: 'A-16',
    title: 'Substantial risk orders',
    reading:
      '14-day hearing rolled forward under § 1-210(B); no FSRO default expiry; repeat extensions flagged.',
  },
  {
    id: 'A-17',
    title: '"Within the past 12 months" (cohabitants)',
    reading:
      'Measured back from the last act of abuse, boundary included; borderline if the filing date gives another answer.',
  },
  {
    id: 'A-18',
    title: 'Third offense within 20 years',
    reading:
      'Two prior convictions, offense on or before the first conviction + 20 years, any offense violent; sliding window compared.',
  },
  {
    id: 'A-19',
    title: 'Violation rules by order stage',
    reading:
      'R18/R19 apply to every stage; the AOV contempt bar is not applied to family-abuse orders.',
  },
  {
    id: 'A-20',
    title: 'In-laws "only if you live with that person"',
    reading: 'Residing in the same home at the time of the act of abuse.',
  },
  {
    id: 'A-21',
    title: 'Who files an SRO; which court',
    reading:
      'Law enforcement or the attorney for the Commonwealth; circuit court assumed for the final order.',
  },
  {
    id: 'A-22',
    title: 'Time zone and instants',
    reading: 'Expiries are civil dates at 23:59 America/New_York, never UTC instants.',
  },
  {
    id: 'A-23',
    title: 'Where to file an FA PPO',
    reading: 'JDR court by default; circuit court as an alternative.',
  },
  {
    id: 'A-24',
    title: 'Holiday coverage',
    reading:
      "Governor's days, local holidays and closures are data entered by admins; results name the coverage used.",
  },
] satisfies Assumption[]);
