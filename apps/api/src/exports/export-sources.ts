import type { ExportFilters, ExportKind } from '@haven/contracts';

import type { Cell } from './writers/cell-safety';

/** Whose rows an export reads: the organisation, and for an advocate only their own cases. */
export interface ExportScope {
  organisationId: string;
  /** Set for advocates (they work their own cases, as the screens show them); null for the rest. */
  advocateId: string | null;
  /** The requesting user, for "my tasks". */
  userId: string;
}

/** A parameterised query and the column headings of its rows, in select order. */
export interface ExportQuery {
  sql: string;
  /** How many rows `sql` returns, without its sort and display-only joins (for progress). */
  countSql: string;
  params: unknown[];
  columns: readonly string[];
}

/** The rows' query and its cheaper count from the same FROM and WHERE. */
function query(
  parts: { select: string; from: string; display?: string; where: string; orderBy: string },
  params: unknown[],
  columns: readonly string[],
): ExportQuery {
  return {
    sql: `select ${parts.select} from ${parts.from} ${parts.display ?? ''} where ${parts.where} order by ${parts.orderBy}`,
    countSql: `select count(*)::int as n from ${parts.from} where ${parts.where}`,
    params,
    columns,
  };
}

/** The sealed columns a confidential case export adds, and the context each was sealed under. */
export const CONFIDENTIAL_CASE_COLUMNS = [
  { heading: 'Client address', column: 'client_address', party: 'client', field: 'address' },
  { heading: 'Client phone', column: 'client_phone', party: 'client', field: 'phone' },
  { heading: 'Client email', column: 'client_email', party: 'client', field: 'email' },
  { heading: 'Client employer', column: 'client_employer', party: 'client', field: 'employer' },
  {
    heading: 'Respondent address',
    column: 'respondent_address',
    party: 'respondent',
    field: 'address',
  },
] as const;

// Every query: $1 the organisation, $2 the advocate (null: every case). The explicit organisation
// filter comes first; row-level security (app.org_id, set on the cursor's transaction) is the
// second layer. No confidential column is selected unless asked for by name.
const CASE_SCOPE = `c.organisation_id = $1 and ($2::uuid is null or exists (
  select 1 from case_assignment sa where sa.case_id = c.id and sa.user_id = $2::uuid))`;

// Each case's advocates, aggregated once for the organisation and hash-joined: a subquery per row
// costs more than the rest of a 100,000-row export together (bench:export).
const ADVOCATES_JOIN = `left join (
    select a.case_id, string_agg(u.display_name, '; ' order by u.display_name) as names
      from case_assignment a join app_user u on u.id = a.user_id
     where a.organisation_id = $1
     group by a.case_id) adv on adv.case_id = c.id`;
const ADVOCATES = 'adv.names';

const PARTIES = `join client cl on cl.id = c.client_id and cl.organisation_id = c.organisation_id
  join respondent r on r.id = c.respondent_id and r.organisation_id = c.organisation_id`;

const CASE_JOIN = `join case_file c on c.id = x.case_id and c.organisation_id = x.organisation_id`;

class Params {
  readonly values: unknown[];
  readonly where: string[] = [];
  constructor(scope: ExportScope) {
    this.values = [scope.organisationId, scope.advocateId];
  }
  add(sqlWithPlaceholder: (p: string) => string, value: unknown): void {
    this.values.push(value);
    this.where.push(sqlWithPlaceholder(`$${this.values.length}`));
  }
  clause(): string {
    return this.where.map((w) => ` and ${w}`).join('');
  }
}

function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

function dateRange(p: Params, column: string, filters: ExportFilters): void {
  if (filters.from) p.add((v) => `${column} >= ${v}::date`, filters.from);
  if (filters.to) p.add((v) => `${column} <= ${v}::date`, filters.to);
}

function casesQuery(scope: ExportScope, f: ExportFilters, confidential: boolean): ExportQuery {
  const p = new Params(scope);
  if (f.stage) p.add((v) => `c.stage = ${v}`, f.stage);
  if (f.orderKind) p.add((v) => `c.order_kind = ${v}`, f.orderKind);
  if (f.courtId) p.add((v) => `c.court_id = ${v}`, f.courtId);
  if (f.locality) p.add((v) => `lower(c.venue_locality) = lower(${v})`, f.locality);
  if (f.q) {
    p.add(
      (v) => `(c.reference ilike ${v} or cl.full_name ilike ${v} or r.full_name ilike ${v})`,
      likePattern(f.q),
    );
  }
  // The ids open the sealed columns and name the disclosed cases: read only when those are asked for.
  const sealed = confidential
    ? `, c.id as case_id, c.client_id, c.respondent_id,
         cl.address_enc as client_address, cl.phone_enc as client_phone, cl.email_enc as client_email,
         cl.employer_enc as client_employer, r.address_enc as respondent_address`
    : '';
  return query(
    {
      select: `c.reference, c.stage, c.order_kind,
               c.court_id, c.venue_locality, c.opened_on::text as opened_on,
               c.next_due_on::text as next_due_on, c.closed_on::text as closed_on,
               cl.full_name as client_name, r.full_name as respondent_name, ${ADVOCATES} as advocates
               ${sealed}`,
      // The parties' joins change no count (every case has both), so the count skips them
      // unless the search reads their names.
      ...(f.q
        ? { from: `case_file c ${PARTIES}`, display: ADVOCATES_JOIN }
        : { from: 'case_file c', display: `${PARTIES} ${ADVOCATES_JOIN}` }),
      where: `${CASE_SCOPE}${p.clause()}`,
      orderBy: 'c.created_at desc, c.id',
    },
    p.values,
    [
      'Reference',
      'Stage',
      'Order kind',
      'Court',
      'Locality',
      'Opened on',
      'Next due on',
      'Closed on',
      'Client',
      'Respondent',
      'Advocates',
      ...(confidential ? CONFIDENTIAL_CASE_COLUMNS.map((c) => c.heading) : []),
    ],
  );
}

const OPEN_DEADLINE = `x.organisation_id = $1 and x.state = 'open' and c.closed_on is null
  and c.stage <> 'closed'`;

function deadlinesQuery(scope: ExportScope, f: ExportFilters): ExportQuery {
  const p = new Params(scope);
  dateRange(p, 'x.due_on', f);
  return query(
    {
      select: `c.reference, cl.full_name as client_name, x.kind, x.rule_id, x.due_on::text as due_on,
               to_char(x.due_time, 'HH24:MI') as due_time, x.act_by_on::text as act_by_on,
               x.citation, x.explanation, ${ADVOCATES} as advocates`,
      from: `case_deadline x ${CASE_JOIN}`,
      display: `join client cl on cl.id = c.client_id and cl.organisation_id = c.organisation_id
                ${ADVOCATES_JOIN}`,
      where: `${OPEN_DEADLINE} and ${CASE_SCOPE}${p.clause()}`,
      orderBy: 'x.due_on, x.due_time nulls last, c.reference, x.id',
    },
    p.values,
    [
      'Reference',
      'Client',
      'Kind',
      'Rule',
      'Due on',
      'Due time',
      'Act by',
      'Citation',
      'Explanation',
      'Advocates',
    ],
  );
}

function tasksQuery(scope: ExportScope, f: ExportFilters): ExportQuery {
  const p = new Params(scope);
  if (f.status) p.add((v) => `x.status = ${v}`, f.status);
  if (f.assignee === 'me') p.add((v) => `x.assignee_id = ${v}::uuid`, scope.userId);
  dateRange(p, 'x.due_on', f);
  return query(
    {
      select: `c.reference, x.title, x.due_on::text as due_on, x.status, u.display_name as assignee,
               x.source_rule`,
      from: `task x ${CASE_JOIN}`,
      display: 'left join app_user u on u.id = x.assignee_id',
      where: `x.organisation_id = $1 and ${CASE_SCOPE}${p.clause()}`,
      orderBy: 'x.due_on, c.reference, x.id',
    },
    p.values,
    ['Reference', 'Task', 'Due on', 'Status', 'Assignee', 'Rule'],
  );
}

function hearingsQuery(scope: ExportScope, f: ExportFilters): ExportQuery {
  const p = new Params(scope);
  dateRange(p, 'x.scheduled_on', f);
  return query(
    {
      select: `c.reference, x.kind, x.scheduled_on::text as scheduled_on,
               to_char(x.scheduled_time, 'HH24:MI') as scheduled_time, x.outcome,
               x.held_on::text as held_on, x.continuance_reason`,
      from: `hearing x ${CASE_JOIN}`,
      where: `x.organisation_id = $1 and ${CASE_SCOPE}${p.clause()}`,
      orderBy: 'x.scheduled_on, x.scheduled_time nulls last, c.reference, x.id',
    },
    p.values,
    ['Reference', 'Kind', 'Scheduled on', 'Time', 'Outcome', 'Held on', 'Continuance reason'],
  );
}

function violationsQuery(scope: ExportScope, f: ExportFilters): ExportQuery {
  const p = new Params(scope);
  dateRange(p, 'x.occurred_on', f);
  return query(
    {
      select: `c.reference, x.occurred_on::text as occurred_on,
               to_char(x.occurred_time, 'HH24:MI') as occurred_time,
               array_to_string(x.acts, '; ') as acts, x.based_on_violence,
               x.police_report_number, x.officer_name, x.officer_badge,
               array_to_string(x.actions_taken, '; ') as actions_taken, x.criminal_prosecution`,
      from: `violation x ${CASE_JOIN}`,
      where: `x.organisation_id = $1 and ${CASE_SCOPE}${p.clause()}`,
      orderBy: 'x.occurred_on, c.reference, x.id',
    },
    p.values,
    [
      'Reference',
      'Occurred on',
      'Time',
      'Acts',
      'Based on violence',
      'Police report',
      'Officer',
      'Badge',
      'Actions taken',
      'Criminal prosecution',
    ],
  );
}

function serviceActivitiesQuery(scope: ExportScope, f: ExportFilters): ExportQuery {
  const p = new Params(scope);
  dateRange(p, 'x.performed_on', f);
  return query(
    {
      select: `c.reference, x.performed_on::text as performed_on, x.kind, x.minutes,
               u.display_name as performed_by`,
      from: `service_activity x ${CASE_JOIN}`,
      display: 'left join app_user u on u.id = x.performed_by',
      where: `x.organisation_id = $1 and ${CASE_SCOPE}${p.clause()}`,
      orderBy: 'x.performed_on, c.reference, x.id',
    },
    p.values,
    ['Reference', 'Performed on', 'Kind', 'Minutes', 'Performed by'],
  );
}

/** The printable report: open deadlines in [from, to], one group per advocate ("Unassigned" last). */
export function deadlineReportQuery(scope: ExportScope, from: string, to: string): ExportQuery {
  const p = new Params(scope);
  p.add((v) => `x.due_on >= ${v}::date`, from);
  p.add((v) => `x.due_on <= ${v}::date`, to);
  return query(
    {
      select: `u.display_name as advocate, c.reference, x.kind, x.rule_id,
               x.due_on::text as due_on, to_char(x.due_time, 'HH24:MI') as due_time,
               x.citation, x.explanation`,
      // A deadline appears once under each of its case's advocates, so the join is in the count.
      from: `case_deadline x ${CASE_JOIN}
             left join case_assignment a on a.case_id = c.id and a.organisation_id = c.organisation_id
             left join app_user u on u.id = a.user_id`,
      where: `${OPEN_DEADLINE} and ${CASE_SCOPE}${p.clause()}`,
      orderBy: 'u.display_name nulls last, u.id, x.due_on, x.due_time nulls last, c.reference',
    },
    p.values,
    ['Advocate', 'Reference', 'Kind', 'Rule', 'Due on', 'Due time', 'Citation', 'Explanation'],
  );
}

/** The query of a tabular export kind. */
export function exportQuery(
  kind: Exclude<ExportKind, 'deadline_report'>,
  scope: ExportScope,
  filters: ExportFilters,
  confidential: boolean,
): ExportQuery {
  switch (kind) {
    case 'cases':
      return casesQuery(scope, filters, confidential);
    case 'deadlines':
      return deadlinesQuery(scope, filters);
    case 'tasks':
      return tasksQuery(scope, filters);
    case 'hearings':
      return hearingsQuery(scope, filters);
    case 'violations':
      return violationsQuery(scope, filters);
    case 'service_activities':
      return serviceActivitiesQuery(scope, filters);
  }
}

/** A row's cells in column order (the sealed columns are opened by the runner). */
export function plainCells(
  kind: Exclude<ExportKind, 'deadline_report'>,
  row: Record<string, unknown>,
): Cell[] {
  const pick = (...names: string[]): Cell[] => names.map((n) => (row[n] ?? null) as Cell);
  switch (kind) {
    case 'cases':
      return pick(
        'reference',
        'stage',
        'order_kind',
        'court_id',
        'venue_locality',
        'opened_on',
        'next_due_on',
        'closed_on',
        'client_name',
        'respondent_name',
        'advocates',
      );
    case 'deadlines':
      return pick(
        'reference',
        'client_name',
        'kind',
        'rule_id',
        'due_on',
        'due_time',
        'act_by_on',
        'citation',
        'explanation',
        'advocates',
      );
    case 'tasks':
      return pick('reference', 'title', 'due_on', 'status', 'assignee', 'source_rule');
    case 'hearings':
      return pick(
        'reference',
        'kind',
        'scheduled_on',
        'scheduled_time',
        'outcome',
        'held_on',
        'continuance_reason',
      );
    case 'violations':
      return pick(
        'reference',
        'occurred_on',
        'occurred_time',
        'acts',
        'based_on_violence',
        'police_report_number',
        'officer_name',
        'officer_badge',
        'actions_taken',
        'criminal_prosecution',
      );
    case 'service_activities':
      return pick('reference', 'performed_on', 'kind', 'minutes', 'performed_by');
  }
}
