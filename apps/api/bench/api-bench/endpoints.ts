import type { Client } from 'pg';

import { encodeBoardCursor } from '@api/board/board-cursor';
import { UNASSIGNED_GROUP } from '@api/board/board-entry.entity';
import { encodeCaseCursor } from '@api/cases/case-cursor';

/** A board group's cursor before its first item: "Show more" of the unassigned group. */
const UNASSIGNED_FROM_START = encodeBoardCursor({
  groupKey: UNASSIGNED_GROUP,
  dueOn: '1900-01-01',
  sortTime: '00:00:00',
  itemType: 'deadline',
  itemId: UNASSIGNED_GROUP,
});

/** Who a request is made as: an advocate sees their caseload, a supervisor the organisation's. */
export type BenchRole = 'advocate' | 'supervisor';

export interface BenchEndpoint {
  name: string;
  role: BenchRole;
  path: string;
  /** p95 target in ms (issue 18; reports: issue 15), or null to measure only. */
  targetP95: number | null;
  /** Connections for this endpoint (default 16; the reports run at 2, as a few funders' runs). */
  connections?: number;
  /** Its p95 must stay within 20 % of this endpoint's (the deep page against the first page). */
  within20PercentOf?: string;
}

export interface BenchSubjects {
  advocateEmail: string;
  supervisorEmail: string;
  caseId: string;
  reference: string;
  familyName: string;
  advocateDeepCursor: string;
  supervisorDeepCursor: string;
  today: string;
}

const INSTANT_KEY = `to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * What the requests are about, read from the seeded organisation as its owner: the busiest
 * advocate, a case of theirs with orders and hearings, a family name and a reference to search,
 * and deep positions in both caseloads (the case 1,000 into the advocate's, half-way into the
 * organisation's), as the cursors the API gives out (`newest`: created_at, then id).
 */
export async function findSubjects(db: Client, organisationId: string): Promise<BenchSubjects> {
  const one = async <T>(sql: string, params: unknown[]): Promise<T> => {
    const { rows } = await db.query(sql, params);
    if (!rows[0]) throw new Error(`the scale seed holds nothing for: ${sql.slice(0, 80)}`);
    return rows[0] as T;
  };
  const advocate = await one<{ id: string; email: string; cases: number }>(
    `select u.id, u.email, count(*)::int as cases from app_user u
       join case_assignment a on a.user_id = u.id
      where u.organisation_id = $1 and u.role = 'advocate'
      group by u.id, u.email order by 3 desc, 2 limit 1`,
    [organisationId],
  );
  const supervisor = await one<{ email: string }>(
    `select min(email) as email from app_user where organisation_id = $1 and role = 'supervisor'`,
    [organisationId],
  );
  const subject = await one<{ id: string; reference: string }>(
    `select c.id, c.reference from case_file c join case_assignment a on a.case_id = c.id
      where a.user_id = $1 and c.closed_on is null
        and (select count(*) from protective_order o where o.case_id = c.id) >= 3
        and exists (select 1 from hearing h where h.case_id = c.id)
      order by c.reference limit 1`,
    [advocate.id],
  );
  const family = await one<{ name: string }>(
    `select split_part(full_name, ' ', 3) as name from client
      where organisation_id = $1 group by 1 order by count(*) desc, 1 limit 1`,
    [organisationId],
  );
  const deep = async (sql: string, params: unknown[]) => {
    const row = await one<{ key: string; id: string }>(sql, params);
    return encodeCaseCursor({ sort: 'newest', key: row.key, id: row.id });
  };
  const advocateDeep = await deep(
    `select ${INSTANT_KEY} as key, c.id from case_file c join case_assignment a on a.case_id = c.id
      where a.user_id = $1 order by c.created_at desc, c.id desc
     offset least(1000, greatest($2::int - 26, 0)) limit 1`,
    [advocate.id, advocate.cases],
  );
  const supervisorDeep = await deep(
    `select ${INSTANT_KEY} as key, c.id from case_file c where c.organisation_id = $1
      order by c.created_at desc, c.id desc
     offset (select count(*) / 2 from case_file where organisation_id = $1) limit 1`,
    [organisationId],
  );
  const today = await one<{ d: string }>(
    `select (now() at time zone 'America/New_York')::date::text as d`,
    [],
  );
  return {
    advocateEmail: advocate.email,
    supervisorEmail: supervisor.email,
    caseId: subject.id,
    reference: subject.reference,
    familyName: family.name,
    advocateDeepCursor: advocateDeep,
    supervisorDeepCursor: supervisorDeep,
    today: today.d,
  };
}

/**
 * The hot endpoints of issue 18 (and the reports of issue 15), as the web app asks for them; the
 * board and at-risk list last, as their answers are the largest.
 */
export function benchEndpoints(s: BenchSubjects): BenchEndpoint[] {
  const month = s.today.slice(0, 7);
  const [year, mm] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  const c = `/api/cases/${s.caseId}`;
  const casePage = (name: string, path: string): BenchEndpoint => ({
    name: `case page: ${name}`,
    role: 'advocate',
    path,
    targetP95: 30,
  });
  return [
    { name: 'caseload first page', role: 'advocate', path: '/api/cases?limit=25', targetP95: 30 },
    {
      name: 'caseload deep page (1,000 in)',
      role: 'advocate',
      path: `/api/cases?limit=25&cursor=${s.advocateDeepCursor}`,
      targetP95: 30,
      within20PercentOf: 'caseload first page',
    },
    {
      name: 'caseload first page (org)',
      role: 'supervisor',
      path: '/api/cases?limit=25',
      targetP95: 30,
    },
    {
      name: 'caseload deep page (org, half-way)',
      role: 'supervisor',
      path: `/api/cases?limit=25&cursor=${s.supervisorDeepCursor}`,
      targetP95: 30,
      within20PercentOf: 'caseload first page (org)',
    },
    {
      name: 'search by name (org)',
      role: 'supervisor',
      path: `/api/cases?limit=25&q=${encodeURIComponent(s.familyName)}`,
      targetP95: 60,
    },
    {
      name: 'search by reference (org)',
      role: 'supervisor',
      path: `/api/cases?limit=25&q=${encodeURIComponent(s.reference)}`,
      targetP95: 60,
    },
    casePage('case', c),
    casePage('orders', `${c}/orders`),
    casePage('timeline', `${c}/timeline`),
    casePage('service attempts', `${c}/service-attempts`),
    casePage('hearings', `${c}/hearings`),
    casePage('notes', `${c}/notes`),
    // What the inbox screen asks for (tasks.api.ts): the caller's own open tasks, 50 a page.
    {
      name: 'task inbox',
      role: 'advocate',
      path: '/api/tasks?assignee=me&status=open&limit=50',
      targetP95: 30,
    },
    {
      name: 'calendar month',
      role: 'advocate',
      path: `/api/calendar?from=${month}-01&to=${month}-${String(lastDay).padStart(2, '0')}`,
      targetP95: null,
    },
    {
      name: 'report: outcomes (year)',
      role: 'supervisor',
      path: `/api/reports/run?report=outcomes&year=${year}&part=1`,
      targetP95: 2000,
      connections: 2,
    },
    {
      name: 'report: LSC CSR (year)',
      role: 'supervisor',
      path: `/api/reports/run?report=lsc-csr&year=${year}&part=1`,
      targetP95: 2000,
      connections: 2,
    },
    { name: 'board 7 days', role: 'supervisor', path: '/api/board?days=7', targetP95: 60 },
    { name: 'board 30 days', role: 'supervisor', path: '/api/board?days=30', targetP95: 60 },
    { name: 'board 90 days', role: 'supervisor', path: '/api/board?days=90', targetP95: 60 },
    {
      // "Show more" of the unassigned group from its first position: a cursor as the board gives.
      name: 'board page of 20',
      role: 'supervisor',
      path: `/api/board/items?days=30&cursor=${UNASSIGNED_FROM_START}`,
      targetP95: 60,
    },
    { name: 'at-risk list', role: 'supervisor', path: '/api/board/at-risk', targetP95: 60 },
  ];
}
