import type {
  Axis,
  Category,
  CountingRule,
  PopulationId,
  SectionDefinition,
} from './report-definition';
import { monthsOf, type ReportPeriod } from './report-periods';
import { POPULATIONS } from './report-populations';

// How one section of a report is counted, as SQL over its population (`pop_<id>`, see
// report-engine.ts): its facts joined to the definition's rows and columns through their value
// lists, and the counting rule each cell applies.

/** The key of a section's total row. */
export const TOTAL = '__total';

// Keys compare bytewise ("C"): distinctness is the same, and the sorts behind count(distinct) skip
// the locale's comparison (a third of a large report's counting time).
const AGGREGATES: Readonly<Record<CountingRule, string>> = {
  people: 'count(distinct p.person_key collate "C")::int',
  cases: 'count(distinct p.item_id collate "C")::int',
  times: 'count(distinct p.item_id collate "C")::int',
  median_days:
    'round((percentile_cont(0.5) within group (order by p.measure))::numeric, 1)::float8',
};

export function categoriesOf(axis: Axis, period: ReportPeriod): Category[] {
  if (axis.categories === 'months_of_period') {
    return monthsOf(period).map((m) => ({ key: m, label: m, values: [m] }));
  }
  return [...axis.categories];
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

export const sourceOf = (population: PopulationId) => `pop_${population}`;

/**
 * The one element of a dimension written `array[expr]`, or null when it may hold several: a
 * single value joins its map directly instead of through an unnest per fact (a function scan
 * per row of every section, most of a large report's counting time).
 */
export function singleElement(dimension: string): string | null {
  const match = /^array\[(.*)\]$/s.exec(dimension.trim());
  if (!match?.[1]) return null;
  const inner = match[1];
  let depth = 0;
  let quoted = false;
  for (const ch of inner) {
    if (ch === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(' || ch === '[') depth += 1;
    else if (ch === ')' || ch === ']') depth -= 1;
    else if (ch === ',' && depth === 0) return null;
    if (depth < 0) return null;
  }
  return depth === 0 && !quoted ? inner : null;
}

/** Joins a dimension's values to a map (`alias` with key and value), one row per match. */
function joinMap(dimension: string, map: number, alias: string): string {
  const mapSql = `jsonb_to_recordset($${map}::jsonb) as ${alias}(key text, value text)`;
  const single = singleElement(dimension);
  return single === null
    ? `cross join lateral unnest(${dimension}) as ${alias}_v(v)
       join ${mapSql} on ${alias}.value = ${alias}_v.v`
    : `join ${mapSql} on ${alias}.value = (${single})::text`;
}

/** The joins of a section's facts to its rows (and columns), with its maps at `$rowMap`/`$colMap`. */
export function fromClause(section: SectionDefinition, rowMap: number, colMap: number): string {
  const colJoin =
    'measures' in section.columns
      ? ''
      : joinMap(dimensionOf(section, section.columns as Axis), colMap, 'cm');
  return `from ${sourceOf(section.population)} p
      ${joinMap(dimensionOf(section, section.rows), rowMap, 'rm')}
      ${colJoin}
      ${section.onlyNew ? 'where p.is_new' : ''}`;
}

/** The fact column a counting rule counts once each; null for a measure (median). */
const COUNTED_KEY: Readonly<Record<CountingRule, 'person_key' | 'item_id' | null>> = {
  people: 'person_key',
  cases: 'item_id',
  times: 'item_id',
  median_days: null,
};

function countingRules(section: SectionDefinition): CountingRule[] {
  return 'measures' in section.columns
    ? section.columns.measures.map((m) => m.counting)
    : [section.counting];
}

/**
 * Whether every count of the section is of a key no two facts of its population share: then a
 * cell is the number of facts whose dimension values reach it, with no DISTINCT to sort.
 */
export function countsFacts(section: SectionDefinition): boolean {
  return countingRules(section).every((rule) => countsUniqueKey(section, rule));
}

function countsUniqueKey(section: SectionDefinition, rule: CountingRule): boolean {
  const key = COUNTED_KEY[rule];
  return key !== null && POPULATIONS[section.population].uniqueKeys.includes(key);
}

/**
 * Whether each fact joins one row and one column at most: its dimensions are one value each and
 * no value is listed twice in the rows (or the columns). A count of a unique key is then a count
 * of the joined facts, the total row included.
 */
export function oneRowPerFact(section: SectionDefinition, period: ReportPeriod): boolean {
  const axes = 'measures' in section.columns ? [section.rows] : [section.rows, section.columns];
  return axes.every((axis) => {
    const values = categoriesOf(axis, period).flatMap((c) => c.values);
    return (
      singleElement(dimensionOf(section, axis)) !== null && new Set(values).size === values.length
    );
  });
}

/** The distinct keys of a map (at `$map`) that a group's values (`g.<values>`) reach, or null. */
function keysReached(values: string, map: number): string {
  return `select array_agg(distinct m.key) as keys from unnest(g.${values}) as v(v)
       join jsonb_to_recordset($${map}::jsonb) as m(key text, value text) on m.value = v.v`;
}

/**
 * The counts of a section whose facts are counted once each (see countsFacts). The facts are
 * first grouped by their row and column values (one hash over the facts, few groups), then each
 * group adds its number of facts to every row and column its values reach, once, and to the
 * total row when it reaches any row: the numbers of the DISTINCT counts, without sorting every
 * fact once per section.
 */
function factCountsSql(section: SectionDefinition, rowMap: number, colMap: number): string {
  const measures = 'measures' in section.columns ? section.columns.measures : null;
  const colValues = measures ? `array[]::text[]` : dimensionOf(section, section.columns as Axis);
  const rowKeys = section.total
    ? `case when rk.keys is null then '{}' else rk.keys || array['${TOTAL}'] end`
    : `coalesce(rk.keys, '{}')`;
  const colKeys = measures
    ? `array[${measures.map((m) => `'${m.key}'`).join(', ')}]`
    : `coalesce(ck.keys, '{}')`;
  return `select r.key as row_key, c.key as col_key, sum(g.n)::numeric as n
    from (select ${dimensionOf(section, section.rows)} as row_values, ${colValues} as col_values,
                 count(*) as n
            from ${sourceOf(section.population)} p ${section.onlyNew ? 'where p.is_new' : ''}
           group by 1, 2) g
    cross join lateral (${keysReached('row_values', rowMap)}) rk
    ${measures ? '' : `cross join lateral (${keysReached('col_values', colMap)}) ck`}
    cross join lateral unnest(${rowKeys}) as r(key)
    cross join lateral unnest(${colKeys}) as c(key)
    group by r.key, c.key`;
}

/**
 * One section's counts as (row, column, n): the population joined to the definition's rows (and
 * columns) through their value lists, counted with the section's rule. Counting happens in
 * PostgreSQL; Node only lays the numbers out. A person in two rows (two victimisations) counts in
 * each, and once in the total row, which is what "unduplicated" asks.
 */
export function sectionCountsSql(
  section: SectionDefinition,
  period: ReportPeriod,
  rowMap: number,
  colMap: number,
): string {
  if (countsFacts(section)) return factCountsSql(section, rowMap, colMap);
  const from = fromClause(section, rowMap, colMap);
  // A section of mixed rules (people and times of the services) still counts its unique key
  // without DISTINCT when no fact can join twice.
  const countsRows = oneRowPerFact(section, period);
  const aggregate = (rule: CountingRule) =>
    countsRows && countsUniqueKey(section, rule) ? 'count(*)::int' : AGGREGATES[rule];
  const rowKey = `case when grouping(rm.key) = 1 then '${TOTAL}' else rm.key end`;
  if ('measures' in section.columns) {
    const measures = section.columns.measures;
    const aggregates = measures.map((m, i) => `${aggregate(m.counting)} as m${i}`).join(', ');
    const unpivot = measures.map((m, i) => `('${m.key}', x.m${i}::numeric)`).join(', ');
    return `select x.row_key, v.col_key, v.n from (
        select ${rowKey} as row_key, ${aggregates} ${from}
        group by grouping sets ((rm.key)${section.total ? ', ()' : ''})) x
      cross join lateral (values ${unpivot}) as v(col_key, n)`;
  }
  return `select ${rowKey} as row_key, cm.key as col_key, (${aggregate(section.counting)})::numeric as n
    ${from}
    group by grouping sets ((rm.key, cm.key)${section.total ? ', (cm.key)' : ''})`;
}
