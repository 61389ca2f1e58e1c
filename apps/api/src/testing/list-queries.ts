/** In WIDEST_LIST_QUERIES, stands for the id of an advocate of the caller's organisation. */
export const ADVOCATE = ':advocate';

/**
 * Queries that make each list as wide as it goes (every route whose required parameters need a
 * value), so a leak or an extra row has every chance to show.
 */
export const WIDEST_LIST_QUERIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'GET /api/board': { days: '90' },
  'GET /api/board/at-risk': { courtDays: '120' },
  // The unassigned group from its first possible position: the whole group.
  'GET /api/board/items': {
    days: '90',
    cursor: Buffer.from(
      '00000000-0000-0000-0000-000000000000|1900-01-01|00:00:00|deadline|00000000-0000-0000-0000-000000000000',
    ).toString('base64url'),
  },
  'GET /api/calendar': { from: '2026-11-01', to: '2027-01-31' },
  'GET /api/court-closures': { from: '2026-01-01', to: '2027-12-31' },
  'GET /api/cases': { limit: '100' },
  'GET /api/tasks': { limit: '100' },
  'GET /api/reports/run': { report: 'ovw-lav', year: '2026', part: '2' },
  // A drill into a funder report: the cases behind one count of a half year.
  'GET /api/reports/cases': {
    report: 'ovw-lav',
    year: '2026',
    part: '2',
    section: 'status',
    row: 'not_served',
    column: 'all',
  },
  // ADVOCATE stands for an advocate of the caller's organisation, filled in once a cast is seeded.
  'GET /api/breach-scope': {
    userId: ADVOCATE,
    from: '2026-01-01T00:00:00Z',
    to: '2027-12-31T00:00:00Z',
  },
};
