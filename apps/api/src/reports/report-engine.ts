import type { EntityManager } from 'typeorm';

import type {
  PopulationId,
  Category,
  ReportDefinition,
  SectionDefinition,
} from './report-definition';
import type { ReportPeriod } from './report-periods';
import { POPULATIONS, servedCtes } from './report-populations';
import { categoriesOf, fromClause, sectionCountsSql, sourceOf, TOTAL } from './report-section-sql';

export { TOTAL } from './report-section-sql';

/** Where a report is run: the organisation, the period and the funding it is limited to. */
export interface ReportScope {
  organisationId: string;
  period: ReportPeriod;
  fundingSourceId: string | null;
}

/** A section's counts by row and column key; `TOTAL` is the key of the total row. */
export interface SectionCounts {
  section: SectionDefinition;
  rows: Category[];
  columns: Array<{ key: string; label: string }>;
  counts: Map<string, number>;
}

export const cellKey = (row: string, column: string) => `${row}\u0000${column}`;

function valueMap(categories: Category[]): string {
  return JSON.stringify(
    categories.flatMap((c) => c.values.map((value) => ({ key: c.key, value }))),
  );
}

function columnsOf(section: SectionDefinition, period: ReportPeriod) {
  return 'measures' in section.columns
    ? section.columns.measures.map(({ key, label }) => ({ key, label, values: [] as string[] }))
    : categoriesOf(section.columns, period);
}

/** Types every common parameter, whichever of them the statement's populations read. */
const PARAMS_CTE = `params as (select $1::uuid, $2::date, $3::date, $4::date, $5::text, $6::uuid)`;

/** What one statement reads of each population: the columns its sections read, or every column. */
interface PopulationReads {
  /** Population → the columns its sections read; a population not listed is read whole. */
  columns?: ReadonlyMap<PopulationId, ReadonlySet<string>>;
  /** Whether each person served carries their cases (only a drill-down lists them). */
  caseIds: boolean;
}

/**
 * The WITH list of one statement over `populations`: the shared facts of served people (once,
 * when any population reads them), each population's own CTEs, then each population as
 * `pop_<id>`, materialised when several sections count from it. A population keeps only the
 * columns its sections read: PostgreSQL stores every column of a materialised CTE, and a report
 * run on a new connection pays for each page of that memory (bench:reports, OVW at 100,000 cases).
 */
function withPopulations(
  populations: readonly PopulationId[],
  funded: boolean,
  materialized: ReadonlySet<PopulationId>,
  reads: PopulationReads,
): string {
  const ctes = [PARAMS_CTE];
  if (populations.some((id) => POPULATIONS[id].usesServed)) {
    ctes.push(servedCtes(funded, reads.caseIds));
  }
  for (const id of populations) {
    const own = POPULATIONS[id].ctes?.(funded);
    if (own) ctes.push(own);
    const columns = reads.columns?.get(id);
    const sql = POPULATIONS[id].sql(funded);
    const body = columns
      ? `select ${[...columns].map((c) => `q.${c}`).join(', ')} from (${sql}) q`
      : sql;
    ctes.push(`${sourceOf(id)} as ${materialized.has(id) ? 'materialized ' : ''}(${body})`);
  }
  return `with ${ctes.join(',\n')}`;
}

/** The population columns (`p.<column>`) a section's SQL reads. */
function columnsRead(sectionSql: string): string[] {
  return [...sectionSql.matchAll(/\bp\.([a-z_]+)\b/g)].map((m) => m[1] as string);
}

function commonParameters(definition: ReportDefinition, scope: ReportScope): unknown[] {
  const { period } = scope;
  return [
    scope.organisationId,
    period.from,
    period.to,
    definition.newSince === 'fiscal_year' ? period.fiscalYearStart : period.from,
    definition.funders,
    scope.fundingSourceId,
  ];
}

/** Whether the run counts only what a funder's (or one source's) funding paid for. */
function isFunded(definition: ReportDefinition, scope: ReportScope): boolean {
  return definition.funders !== null || scope.fundingSourceId !== null;
}

/**
 * Planner settings for the rest of the caller's transaction: a report reads every fact of its
 * period once, so JIT compilation (seconds at 100,000 cases) costs more than it could save, and
 * its hash tables and materialised facts fit in memory instead of spilling to disk.
 */
async function plannerSettings(manager: EntityManager): Promise<void> {
  await manager.query(
    "select set_config('jit', 'off', true), set_config('work_mem', '64MB', true)",
  );
}

function maps(section: SectionDefinition, period: ReportPeriod): [string, string] {
  return [
    valueMap(categoriesOf(section.rows, period)),
    'measures' in section.columns ? '[]' : valueMap(categoriesOf(section.columns, period)),
  ];
}

/**
 * Runs a report inside the caller's transaction as one statement: each population it counts is a
 * materialised CTE that every section of that population counts from, and the served facts
 * several populations read are built once.
 */
export async function evaluateReport(
  manager: EntityManager,
  definition: ReportDefinition,
  scope: ReportScope,
): Promise<SectionCounts[]> {
  await plannerSettings(manager);
  const read = definition.sections.map((s) => s.population);
  const populations = [...new Set(read)];
  const shared = new Set(read.filter((id, i) => read.indexOf(id) !== i));
  const params = commonParameters(definition, scope);
  const columns = new Map<PopulationId, Set<string>>(populations.map((id) => [id, new Set()]));
  const parts = definition.sections.map((section, i) => {
    // A map no join reads would leave its parameter untyped; measure columns have none.
    const [rowMap, colMap] = maps(section, scope.period);
    params.push(rowMap);
    const rowIndex = params.length;
    if (!('measures' in section.columns)) params.push(colMap);
    const sql = sectionCountsSql(section, scope.period, rowIndex, params.length);
    for (const column of columnsRead(sql)) columns.get(section.population)?.add(column);
    return `select ${i} as section, s.row_key, s.col_key, s.n from (${sql}) s`;
  });
  // Composed of the engine's own fragments for the definition's sections; every value (period,
  // scope, category maps) is a parameter.
  const sql = `${withPopulations(populations, isFunded(definition, scope), shared, { columns, caseIds: false })}
     ${parts.join('\n union all\n')}`;
  const rows = (await manager.query(sql, params)) as Array<{
    section: number;
    row_key: string;
    col_key: string;
    n: string | null;
  }>;
  const counts = new Map<string, Map<string, number>>(
    definition.sections.map((section) => [section.id, new Map<string, number>()]),
  );
  for (const row of rows) {
    const section = definition.sections[row.section];
    if (section && row.n !== null) {
      counts.get(section.id)?.set(cellKey(row.row_key, row.col_key), Number(row.n));
    }
  }
  return definition.sections.map((section) => {
    const rows = categoriesOf(section.rows, scope.period);
    if (section.total) rows.push({ key: TOTAL, label: section.total, values: [] });
    return {
      section,
      rows,
      columns: columnsOf(section, scope.period),
      counts: counts.get(section.id) ?? new Map<string, number>(),
    };
  });
}

/** The cases (and declined intakes) behind one cell, at most 2,001 of them. */
export async function casesBehindCell(
  manager: EntityManager,
  definition: ReportDefinition,
  scope: ReportScope,
  section: SectionDefinition,
  row: string,
  column: string,
): Promise<Array<{ caseId: string | null; note: string | null }>> {
  const byMeasures = 'measures' in section.columns;
  const [rowMap, colMap] = maps(section, scope.period);
  const params = [...commonParameters(definition, scope), rowMap, row];
  if (!byMeasures) params.push(colMap, column);
  const cell = `($8::text = '${TOTAL}' or rm.key = $8::text) ${byMeasures ? '' : 'and cm.key = $10::text'}`;
  const source = `from ${sourceOf(section.population)} p\n`;
  const from = fromClause(section, 7, 9).replace(
    source,
    `${source}      left join lateral unnest(p.case_ids) as cid on true\n`,
  );
  await plannerSettings(manager);
  // Composed of the engine's own fragments; the row and column keys are parameters ($8, $10).
  const sql = `${withPopulations([section.population], isFunded(definition, scope), new Set(), { caseIds: true })}
     select distinct cid as case_id, p.note ${from} ${section.onlyNew ? 'and' : 'where'} ${cell}
     limit 2001`;
  const rows = (await manager.query(sql, params)) as Array<{
    case_id: string | null;
    note: string | null;
  }>;
  return rows.map((r) => ({ caseId: r.case_id, note: r.note }));
}

/** Whether a row and column name a cell of the section for this period. */
export function isCellOf(
  section: SectionDefinition,
  period: ReportPeriod,
  row: string,
  column: string,
): boolean {
  const rows = categoriesOf(section.rows, period).map((c) => c.key);
  if (section.total) rows.push(TOTAL);
  return rows.includes(row) && columnsOf(section, period).some((c) => c.key === column);
}
