import type { EntityManager } from 'typeorm';

import type {
  Axis,
  Category,
  CountingRule,
  ReportDefinition,
  SectionDefinition,
} from './report-definition';
import { monthsOf, type ReportPeriod } from './report-periods';
import { POPULATIONS } from './report-populations';

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

export const TOTAL = '__total';

const AGGREGATES: Readonly<Record<CountingRule, string>> = {
  people: 'count(distinct p.person_key)::int',
  cases: 'count(distinct p.item_id)::int',
  times: 'count(distinct p.item_id)::int',
  median_days:
    'round((percentile_cont(0.5) within group (order by p.measure))::numeric, 1)::float8',
};

export const cellKey = (row: string, column: string) => `${row}\u0000${column}`;

function categoriesOf(axis: Axis, period: ReportPeriod): Category[] {
  if (axis.categories === 'months_of_period') {
    return monthsOf(period).map((m) => ({ key: m, label: m, values: [m] }));
  }
  return [...axis.categories];
}

function valueMap(categories: Category[]): string {
  return JSON.stringify(
    categories.flatMap((c) => c.values.map((value) => ({ key: c.key, value }))),
  );
}

function dimensionOf(section: SectionDefinition, axis: Axis): string {
  const expr = POPULATIONS[section.population].dimensions[axis.dimension];
  if (!expr) {
    throw new Error(
      `report section ${section.id}: no dimension ${axis.dimension} on ${section.population}`,
    );
  }
  return expr;
}

function columnsOf(section: SectionDefinition, period: ReportPeriod) {
  return 'measures' in section.columns
    ? section.columns.measures.map(({ key, label }) => ({ key, label, values: [] as string[] }))
    : categoriesOf(section.columns, period);
}

/**
 * The SQL of one section: the population, joined to the definition's rows (and columns) through
 * their value lists, counted with the section's rule. Counting happens in PostgreSQL; Node only
 * lays the numbers out. A person in two rows (two victimisations) counts in each, and once in the
 * total row, which is what "unduplicated" asks.
 */
function sectionSql(section: SectionDefinition, filterCell: boolean): string {
  const population = POPULATIONS[section.population].sql;
  const rowDim = dimensionOf(section, section.rows);
  const onlyNew = section.onlyNew ? 'where p.is_new' : '';
  const byMeasures = 'measures' in section.columns;
  const colJoin = byMeasures
    ? ''
    : `cross join lateral unnest(${dimensionOf(section, section.columns as Axis)}) as cv(v)
       join cm on cm.value = cv.v`;
  // Every population reads the same six parameters, but not all of them: naming each once with
  // its type lets PostgreSQL type the ones a population leaves unused.
  const head = `with params as (select $1::uuid, $2::date, $3::date, $4::date, $5::text, $6::uuid),
      p as (${population}),
      rm as (select * from jsonb_to_recordset($7::jsonb) as x(key text, value text)),
      cm as (select * from jsonb_to_recordset($8::jsonb) as x(key text, value text))`;
  const from = `from p
      cross join lateral unnest(${rowDim}) as rv(v)
      join rm on rm.value = rv.v
      ${colJoin}`;
  if (filterCell) {
    const colFilter = byMeasures ? '' : 'and cm.key = $10::text';
    return `${head}
      select distinct cid as case_id, p.note ${from}
      left join lateral unnest(p.case_ids) as cid on true
      ${onlyNew ? `${onlyNew} and` : 'where'} ($9::text = '${TOTAL}' or rm.key = $9::text) ${colFilter}
      limit 2001`;
  }
  const rowKey = `case when grouping(rm.key) = 1 then '${TOTAL}' else rm.key end`;
  if (byMeasures) {
    const measures = (
      section.columns as { measures: ReadonlyArray<{ counting: CountingRule }> }
    ).measures
      .map((m, i) => `${AGGREGATES[m.counting]} as m${i}`)
      .join(', ');
    return `${head}
      select ${rowKey} as row_key, ${measures} ${from} ${onlyNew}
      group by grouping sets ((rm.key)${section.total ? ', ()' : ''})`;
  }
  return `${head}
    select ${rowKey} as row_key, cm.key as col_key, ${AGGREGATES[section.counting]} as n
    ${from} ${onlyNew}
    group by grouping sets ((rm.key, cm.key)${section.total ? ', (cm.key)' : ''})`;
}

function parameters(definition: ReportDefinition, scope: ReportScope, section: SectionDefinition) {
  const { period } = scope;
  return [
    scope.organisationId,
    period.from,
    period.to,
    definition.newSince === 'fiscal_year' ? period.fiscalYearStart : period.from,
    definition.funder,
    scope.fundingSourceId,
    valueMap(categoriesOf(section.rows, period)),
    'measures' in section.columns ? '[]' : valueMap(categoriesOf(section.columns, period)),
  ];
}

/** Runs every section of a report inside the caller's transaction. */
export async function evaluateReport(
  manager: EntityManager,
  definition: ReportDefinition,
  scope: ReportScope,
): Promise<SectionCounts[]> {
  const results: SectionCounts[] = [];
  for (const section of definition.sections) {
    const rows = (await manager.query(
      sectionSql(section, false),
      parameters(definition, scope, section),
    )) as Array<Record<string, string | number | null>>;
    const columns = columnsOf(section, scope.period);
    const counts = new Map<string, number>();
    for (const row of rows) {
      const rowKey = String(row['row_key']);
      if ('measures' in section.columns) {
        section.columns.measures.forEach((m, i) => {
          const value = row[`m${i}`];
          if (value !== null && value !== undefined)
            counts.set(cellKey(rowKey, m.key), Number(value));
        });
      } else {
        counts.set(cellKey(rowKey, String(row['col_key'])), Number(row['n']));
      }
    }
    const rowCategories = categoriesOf(section.rows, scope.period);
    if (section.total) rowCategories.push({ key: TOTAL, label: section.total, values: [] });
    results.push({ section, rows: rowCategories, columns, counts });
  }
  return results;
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
  const cell = 'measures' in section.columns ? [row] : [row, column];
  const rows = (await manager.query(sectionSql(section, true), [
    ...parameters(definition, scope, section),
    ...cell,
  ])) as Array<{ case_id: string | null; note: string | null }>;
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
