import type { CaseSort, CaseStage, OrderKind } from '@haven/contracts';

import type { CaseCursor } from './case-cursor';

/** Which cases a caseload shows; every field narrows it. */
export interface CasePageOptions {
  advocateId: string | null;
  sort: CaseSort;
  stage?: CaseStage;
  orderKind?: OrderKind;
  courtId?: string;
  locality?: string;
  /** Text in the reference or either party's name. */
  search?: string;
}

/** `ilike` pattern for text anywhere; LIKE metacharacters are literal. */
function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** A statement and its positional parameters. */
export interface Sql {
  text: string;
  params: unknown[];
}

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

// Nothing due sorts last; the expression matches ix_case_file_org_next_due.
const nextDue = (column: string) => `coalesce(${column}, date '9999-12-31')`;
const instantText = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Where a row's sort keys are: the case's own columns, or their copies on an assignment. */
interface KeyColumns {
  createdAt: string;
  nextDueKey: string;
}
const ON_CASE: KeyColumns = { createdAt: 'c.created_at', nextDueKey: nextDue('c.next_due_on') };
// A plain column there (migration 1795690000000): under row-level security a condition on an
// expression such as COALESCE (not leakproof) is a filter after the index scan, not its range.
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

/**
 * By reference or either party's name, through trigram indexes that row-level security would not
 * let this role use directly (`ilike` is not leakproof): case_search_ids applies the same tenant
 * setting itself and answers ids only (migration 1795610000002).
 */
function searchCondition(id: string, search: string, p: Params): string {
  return `${id} = any(array(select case_search_ids(${p.add(containsPattern(search))})))`;
}

/**
 * The page's case ids and keyset keys, in the caseload's order.
 *
 * An advocate's caseload walks the advocate's own index on case_assignment, which carries the
 * case's sort keys (migration 1795690000000), and reads a case row only to apply a filter or a
 * search: a page at any depth is the next entries of one index. The walk is fenced (`offset 0`,
 * the key as a column) so PostgreSQL reads the index in order and stops after a page. The
 * organisation's caseload walks case_file's sort index.
 */
export function pageQuery(
  organisationId: string,
  options: CasePageOptions,
  after: CaseCursor | null,
  limit: number,
): Sql {
  const p = new Params();
  const sort = SORTS[options.sort];
  const org = p.add(organisationId);
  const order = (key: string, id: string) => `${key} ${sort.direction}, ${id} ${sort.direction}`;
  const keyset = (key: string, id: string) =>
    after
      ? [
          `(${key}, ${id}) ${sort.direction === 'desc' ? '<' : '>'} ` +
            `(${p.add(after.key)}::${sort.type}, ${p.add(after.id)}::uuid)`,
        ]
      : [];

  if (options.advocateId) {
    const key = sort.key(ON_ASSIGNMENT);
    const inner = [
      `a.organisation_id = ${org}`,
      `a.user_id = ${p.add(options.advocateId)}`,
      ...keyset(key, 'a.case_id'),
    ];
    const outer = caseFilters(options, p);
    if (options.search) outer.push(searchCondition('c.id', options.search, p));
    const join =
      outer.length > 0 ? `join case_file c on c.id = s.id and c.organisation_id = ${org}` : '';
    return {
      text: `select s.id, ${sort.text('s.k')} as key
               from (select a.case_id as id, ${key} as k
                       from case_assignment a
                      where ${inner.join(' and ')}
                      order by ${order(key, 'a.case_id')}
                     offset 0) s ${join}
              ${outer.length > 0 ? `where ${outer.join(' and ')}` : ''}
              order by ${order('s.k', 's.id')}
              limit ${p.add(limit)}`,
      params: p.values,
    };
  }

  const key = sort.key(ON_CASE);
  const where = [`c.organisation_id = ${org}`, ...caseFilters(options, p), ...keyset(key, 'c.id')];
  if (options.search) where.push(searchCondition('c.id', options.search, p));
  return {
    text: `select c.id, ${sort.text(key)} as key from case_file c
            where ${where.join(' and ')}
            order by ${order(key, 'c.id')}
            limit ${p.add(limit)}`,
    params: p.values,
  };
}

/** The advocate's cases (as ids from the advocate's assignments), or every case of the organisation. */
function scope(organisationId: string, options: CasePageOptions, p: Params): string[] {
  const where = [`c.organisation_id = ${p.add(organisationId)}`];
  if (options.advocateId) {
    where.push(
      `c.id = any(array(select a.case_id from case_assignment a
                         where a.organisation_id = c.organisation_id
                           and a.user_id = ${p.add(options.advocateId)}))`,
    );
  }
  return where;
}

/**
 * How many cases of the filtered caseload have their next deadline overdue or within a week.
 * Only cases due within the week are read: ix_case_file_org_due_soon for the organisation, or for
 * an advocate with no other filter ix_case_assignment_caseload_next_due alone (index only).
 */
export function dueSoonQuery(
  organisationId: string,
  options: CasePageOptions,
  today: string,
  weekAhead: string,
): Sql {
  const p = new Params();
  const t = p.add(today);
  const w = p.add(weekAhead);
  const filters = caseFilters(options, p);
  if (options.advocateId && filters.length === 0 && !options.search) {
    const due = 'a.case_next_due_key';
    return {
      text: `select count(*) filter (where ${due} < ${t}::date) as overdue,
                    count(*) filter (where ${due} between ${t}::date and ${w}::date) as "dueWithin7Days"
               from case_assignment a
              where a.organisation_id = ${p.add(organisationId)}
                and a.user_id = ${p.add(options.advocateId)} and ${due} <= ${w}::date`,
      params: p.values,
    };
  }
  const where = [...scope(organisationId, options, p), ...filters, `c.next_due_on <= ${w}::date`];
  if (options.search) where.push(searchCondition('c.id', options.search, p));
  return {
    text: `select count(*) filter (where c.next_due_on < ${t}::date) as overdue,
                  count(*) filter (where c.next_due_on between ${t}::date and ${w}::date) as "dueWithin7Days"
             from case_file c where ${where.join(' and ')}`,
    params: p.values,
  };
}
