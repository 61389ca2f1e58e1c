import type { CaseSort, CaseStage, OrderKind } from '@haven/contracts';

import type { CaseCursor } from './case-cursor';

/**
 * What a caseload search matches, decided before the page is read (issue 18):
 * - `reference`: a whole case reference, looked up by the unique index;
 * - `matches`: every case the text matches, when there are at most the cap of them;
 * - `text`: more matches than the cap; the page walks the caseload's sort index and keeps the
 *   rows whose search text matches, so it stops after a page whatever the number of matches.
 */
export type CaseSearch =
  | { kind: 'reference'; reference: string }
  | { kind: 'matches'; ids: string[] }
  | { kind: 'text'; pattern: string };

/** Which cases a caseload shows; every field narrows it. */
export interface CasePageOptions {
  advocateId: string | null;
  sort: CaseSort;
  stage?: CaseStage;
  orderKind?: OrderKind;
  courtId?: string;
  locality?: string;
  search?: CaseSearch;
}

/** A whole reference as the API writes them (HV-2026-0007); anything else is searched as text. */
const REFERENCE = /^hv-\d{4}-\d{4,}$/i;

export function referenceOrNull(q: string): string | null {
  return REFERENCE.test(q) ? q.toUpperCase() : null;
}

/** `like` pattern for text anywhere in the search text; LIKE metacharacters are literal. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** A statement and its positional parameters. */
export interface Sql {
  text: string;
  params: unknown[];
}

/**
 * A statement's positional parameters as its text is built. Every builder below writes into the
 * one it is given, so two of them write one statement with one parameter list (a caseload page
 * and its counts).
 */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const instantText = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Where a row's sort keys are: the case's own columns, or their copies on an assignment. */
interface KeyColumns {
  createdAt: string;
  nextDueKey: string;
}
// Plain columns, nothing due sorting last as 9999-12-31 (migrations 1795690000000 and
// 1795690000002): under row-level security a condition on an expression such as COALESCE (not
// leakproof) is a filter after the index scan, never the start of its range.
const ON_CASE: KeyColumns = { createdAt: 'c.created_at', nextDueKey: 'c.next_due_key' };
const ON_ASSIGNMENT: KeyColumns = {
  createdAt: 'a.case_created_at',
  nextDueKey: 'a.case_next_due_key',
};

interface SortKey {
  /** The key, as the sort index orders it. */
  key: (k: KeyColumns) => string;
  /** The cursor's text of a key. */
  text: (key: string) => string;
  type: string;
  direction: 'asc' | 'desc';
}

const SORTS: Record<CaseSort, SortKey> = {
  newest: {
    key: (k) => k.createdAt,
    text: instantText,
    type: 'timestamptz',
    direction: 'desc',
  },
  oldest: {
    key: (k) => k.createdAt,
    text: instantText,
    type: 'timestamptz',
    direction: 'asc',
  },
  next_deadline: {
    key: (k) => k.nextDueKey,
    text: (key) => `to_char(${key}, 'YYYY-MM-DD')`,
    type: 'date',
    direction: 'asc',
  },
};

/** Conditions on the case row (alias c) other than the organisation, the advocate and the search. */
function caseFilters(options: CasePageOptions, p: Params): string[] {
  const where: string[] = [];
  if (options.stage) where.push(`c.stage = ${p.add(options.stage)}`);
  if (options.orderKind) where.push(`c.order_kind = ${p.add(options.orderKind)}`);
  if (options.courtId) where.push(`c.court_id = ${p.add(options.courtId)}`);
  if (options.locality) where.push(`lower(c.venue_locality) = lower(${p.add(options.locality)})`);
  return where;
}

/** Whether anything but the organisation (and the search) narrows the caseload. */
export function isNarrowed(options: CasePageOptions): boolean {
  return options.advocateId !== null || caseFilters(options, new Params()).length > 0;
}

/**
 * A page's LIMIT, written into the statement rather than bound: a page size is one of a few
 * integers, and knowing it PostgreSQL keeps one generic plan for the named statement (with a bound
 * LIMIT it re-planned every page, about 1 ms of a 2-4 ms statement at 100,000 cases).
 */
function limitOf(limit: number): string {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`not a page size: ${limit}`);
  return `limit ${limit}`;
}

/**
 * The page's case ids and keyset keys, in the caseload's order.
 *
 * An advocate's caseload walks the advocate's own index on case_assignment, which carries the
 * case's sort keys and search text (migration 1795690000001), and reads a case row only for a
 * stage, order, court or locality filter or a reference: a page at any depth, searched or not, is
 * the next entries of one index. The organisation's caseload walks case_file's sort index, which
 * carries the search text. A broad text search is a filter applied during that walk, which is
 * fenced (`offset 0`, the key as a column) so PostgreSQL reads the index in order and stops after
 * a page, rather than collecting every match and sorting them.
 */
export function pageQuery(
  organisationId: string,
  options: CasePageOptions,
  after: CaseCursor | null,
  limit: number,
  p: Params,
): Sql {
  const sort = SORTS[options.sort];
  const org = p.add(organisationId);
  const search = options.search;
  const order = (key: string, id: string) => `${key} ${sort.direction}, ${id} ${sort.direction}`;
  const keyset = (key: string, id: string) =>
    after
      ? [
          `(${key}, ${id}) ${sort.direction === 'desc' ? '<' : '>'} ` +
            `(${p.add(after.key)}::${sort.type}, ${p.add(after.id)}::uuid)`,
        ]
      : [];
  const text = search?.kind === 'text' ? `like lower(${p.add(search.pattern)})` : null;

  if (options.advocateId) {
    const key = sort.key(ON_ASSIGNMENT);
    const inner = [
      `a.organisation_id = ${org}`,
      `a.user_id = ${p.add(options.advocateId)}`,
      ...keyset(key, 'a.case_id'),
    ];
    if (search?.kind === 'matches') inner.push(`a.case_id = any(${p.add(search.ids)}::uuid[])`);
    const outer = caseFilters(options, p);
    if (search?.kind === 'reference') outer.push(`c.reference = ${p.add(search.reference)}`);
    if (text) outer.push(`s.search_text ${text}`);
    const join = outer.some((w) => w.includes('c.'))
      ? `join case_file c on c.id = s.id and c.organisation_id = ${org}`
      : '';
    return {
      text: `select s.id, ${sort.text('s.k')} as key
               from (select a.case_id as id, ${key} as k, a.case_search_text as search_text
                       from case_assignment a
                      where ${inner.join(' and ')}
                      order by ${order(key, 'a.case_id')}
                     offset 0) s ${join}
              ${outer.length > 0 ? `where ${outer.join(' and ')}` : ''}
              order by ${order('s.k', 's.id')}
              ${limitOf(limit)}`,
      params: p.values,
    };
  }

  const key = sort.key(ON_CASE);
  if (text) {
    // Only the columns a condition reads, so an unfiltered walk stays index-only.
    const filters = caseFilters(options, p);
    const columns = ['stage', 'order_kind', 'court_id', 'venue_locality']
      .filter((column) => filters.some((f) => f.includes(`c.${column}`)))
      .map((column) => `, c.${column}`)
      .join('');
    return {
      text: `select c.id, ${sort.text('c.k')} as key
               from (select c.id, ${key} as k, c.search_text${columns}
                       from case_file c
                      where ${[`c.organisation_id = ${org}`, ...keyset(key, 'c.id')].join(' and ')}
                      order by ${order(key, 'c.id')}
                     offset 0) c
              where ${[`c.search_text ${text}`, ...filters].join(' and ')}
              order by ${order('c.k', 'c.id')}
              ${limitOf(limit)}`,
      params: p.values,
    };
  }

  const where = [`c.organisation_id = ${org}`, ...caseFilters(options, p), ...keyset(key, 'c.id')];
  if (search?.kind === 'reference') where.push(`c.reference = ${p.add(search.reference)}`);
  if (search?.kind === 'matches') where.push(`c.id = any(${p.add(search.ids)}::uuid[])`);
  return {
    text: `select c.id, ${sort.text(key)} as key from case_file c
            where ${where.join(' and ')}
            order by ${order(key, 'c.id')}
            ${limitOf(limit)}`,
    params: p.values,
  };
}

/**
 * How many cases of the filtered caseload (no search: a search has its own summary) have their
 * next deadline overdue or within a week. Only cases due within the week are read:
 * ix_case_file_org_due_soon for the organisation; for an advocate the range of
 * ix_case_assignment_caseload_next_due up to the week's end, index only unless a filter needs
 * the case row.
 */
export function dueSoonQuery(
  organisationId: string,
  options: CasePageOptions,
  today: string,
  weekAhead: string,
  p: Params,
): Sql {
  const t = p.add(today);
  const w = p.add(weekAhead);
  const org = p.add(organisationId);
  const filters = caseFilters(options, p);
  const counts = (due: string) =>
    `count(*) filter (where ${due} < ${t}::date) as overdue,
     count(*) filter (where ${due} between ${t}::date and ${w}::date) as "dueWithin7Days"`;
  if (options.advocateId) {
    const join =
      filters.length > 0
        ? 'join case_file c on c.id = a.case_id and c.organisation_id = a.organisation_id'
        : '';
    const where = [
      `a.organisation_id = ${org}`,
      `a.user_id = ${p.add(options.advocateId)}`,
      `a.case_next_due_key <= ${w}::date`,
      ...filters,
    ];
    return {
      text: `select ${counts('a.case_next_due_key')}
               from case_assignment a ${join} where ${where.join(' and ')}`,
      params: p.values,
    };
  }
  const where = [`c.organisation_id = ${org}`, ...filters, `c.next_due_on <= ${w}::date`];
  return {
    text: `select ${counts('c.next_due_on')} from case_file c where ${where.join(' and ')}`,
    params: p.values,
  };
}

/**
 * For a search whose matches are known and few (a reference, or at most the cap): how many of
 * them the filtered caseload holds, and its due-soon summary, in one statement over those rows.
 */
export function searchSummaryQuery(
  organisationId: string,
  options: CasePageOptions & { search: Exclude<CaseSearch, { kind: 'text' }> },
  today: string,
  weekAhead: string,
  p: Params,
): Sql {
  const t = p.add(today);
  const w = p.add(weekAhead);
  const org = p.add(organisationId);
  const search = options.search;
  const filters = caseFilters(options, p);
  if (search.kind === 'reference') filters.push(`c.reference = ${p.add(search.reference)}`);
  const counts = (due: string) => `count(*) as matches,
                  count(*) filter (where ${due} < ${t}::date) as overdue,
                  count(*) filter (where ${due} between ${t}::date and ${w}::date) as "dueWithin7Days"`;
  if (options.advocateId) {
    // From the advocate's assignments, which carry the due key; a case row only for a filter.
    const where = [`a.organisation_id = ${org}`, `a.user_id = ${p.add(options.advocateId)}`];
    if (search.kind === 'matches') where.push(`a.case_id = any(${p.add(search.ids)}::uuid[])`);
    const join =
      filters.length > 0
        ? 'join case_file c on c.id = a.case_id and c.organisation_id = a.organisation_id'
        : '';
    return {
      text: `select ${counts('a.case_next_due_key')}
               from case_assignment a ${join}
              where ${[...where, ...filters].join(' and ')}`,
      params: p.values,
    };
  }
  const where = [`c.organisation_id = ${org}`, ...filters];
  if (search.kind === 'matches') where.push(`c.id = any(${p.add(search.ids)}::uuid[])`);
  return {
    text: `select ${counts('c.next_due_on')} from case_file c where ${where.join(' and ')}`,
    params: p.values,
  };
}

/**
 * For a broad search narrowed by an advocate or a filter: the matches of the filtered caseload,
 * counted until `max`. An advocate's are read from the advocate's index alone (it carries the
 * search text) unless another filter needs the case row; the organisation's walk case_file.
 */
export function cappedMatchCountQuery(
  organisationId: string,
  options: CasePageOptions & { search: { kind: 'text'; pattern: string } },
  max: number,
  p: Params,
): Sql {
  const org = p.add(organisationId);
  const like = `like lower(${p.add(options.search.pattern)})`;
  const filters = caseFilters(options, p);
  const from = options.advocateId
    ? `case_assignment a ${
        filters.length > 0
          ? 'join case_file c on c.id = a.case_id and c.organisation_id = a.organisation_id'
          : ''
      } where a.organisation_id = ${org} and a.user_id = ${p.add(options.advocateId)}
          and a.case_search_text ${like}`
    : `case_file c where c.organisation_id = ${org} and c.search_text ${like}`;
  return {
    text: `select count(*) as matches
             from (select 1 from ${from} ${filters.map((f) => `and ${f}`).join(' ')}
                   limit ${p.add(max)}) m`,
    params: p.values,
  };
}
