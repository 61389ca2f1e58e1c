import type { PopulationId } from './report-definition';

// The facts every report counts, as SQL. Each population is one SELECT with the same parameters:
//   $1 organisation, $2 period start, $3 period end, $4 start of "new" (fiscal year or period),
//   $5 funders (text[], null: any), $6 funding source (null: any).
// Every population answers person_key (who, for unduplicated counts), case_ids (for the
// drill-down), item_id (one fact: an activity, a case, an order event) and note (a declined intake
// has no case), and the columns its dimensions read. Row-level security limits every table to the
// organisation as well; the explicit filter keeps the indexes in use. A fact that belongs to a
// case reads the case's client through a left join: its case always exists (a foreign key), and
// PostgreSQL drops a left join whose columns no section reads (order events counted as times).
//
// A population's SQL is built for a run that is limited to a funder or a funding source
// (`funded`), or for one that counts the whole organisation. The funding test is then a plain
// semi-join on the funder's own funding rows, never `(no funder or exists (...))`: under that OR,
// PostgreSQL probes the funding tables once per activity or case (bench:reports, 11–93 s at
// 100,000 cases), and its inflated cost estimate also switched JIT compilation on.

/** The organisation's sources the run counts under: those of the funder, or the one named. */
const FUNDED_SOURCES = `select fs.id from funding_source fs
   where fs.organisation_id = $1::uuid and ($5::text[] is null or fs.funder = any($5::text[]))
     and ($6::uuid is null or fs.id = $6::uuid)`;

/** An activity counts under a funder only when one of its sources is that funder's. */
const activityFunded = (funded: boolean) =>
  funded
    ? `and a.id in (select saf.activity_id from service_activity_funding saf
         where saf.organisation_id = $1::uuid and saf.funding_source_id in (${FUNDED_SOURCES}))`
    : '';

/**
 * A case's fact counts under a funder only when the funder paid for the case when it happened:
 * one of the case's funding rows covers some day from `from` to `to` (SQL dates). An order or a
 * violation is one day; a closed case is its whole life (LSC counts a case its funds served, even
 * if that funding ended before the year it closed). An EXISTS on the case's own rows, which
 * PostgreSQL runs as a semi-join like the plain IN it replaces.
 */
const caseFunded = (funded: boolean, caseId: string, from: string, to = from) =>
  funded
    ? `and exists (select from case_funding cf
         where cf.case_id = ${caseId} and cf.organisation_id = $1::uuid
           and cf.funding_source_id in (${FUNDED_SOURCES})
           and cf.starts_on <= ${to} and (cf.ends_on is null or cf.ends_on >= ${from}))`
    : '';

/**
 * Who a person is, for an unduplicated count ("a person once per reporting period, even with two
 * cases"): intake writes a client record for each case, so two records with the same normalised
 * name and date of birth are one person. A record without a date of birth is a person of its own:
 * a name alone is too weak to merge two survivors' counts.
 */
const personKey = (client: string) =>
  `case when ${client}.date_of_birth is null then ${client}.id::text
        else ${client}.name_key || '|' || ${client}.date_of_birth::text end`;

/**
 * The facts several populations share, as CTEs a report's one statement defines once: funded
 * services from the start of "new" to the period's end, with the case's client and relationship;
 * each case served since that start; and each person served in the period, in one pass over their
 * cases of the period and those cases' recorded facts: the date of their first funded service
 * since the start of "new" (VOCA: "new" the first time a person receives a service funded by the
 * funder in its year, "continuing" after), their cases, victimisations, legal issues and
 * relationships (as lists that may repeat a value: every count of them is of distinct people), and
 * their best service status (served before partially served before not served; no answer yet is
 * served: they received a funded service) with its reason. Their cases are listed only for a
 * drill-down (`caseIds`): no count reads them.
 */
export const servedCtes = (funded: boolean, caseIds: boolean) => `
  fa as (
    select a.id, a.case_id, a.kind, a.performed_on, c.client_id, c.relationship,
           ${personKey('cl')} as person_key
      from service_activity a
      join case_file c on c.id = a.case_id and c.organisation_id = a.organisation_id
      join client cl on cl.id = c.client_id
     where a.organisation_id = $1::uuid and a.performed_on between $4::date and $3::date
       ${activityFunded(funded)}),
  served_case as (
    select person_key, client_id, case_id, relationship, min(performed_on) as first_on,
           max(performed_on) as last_on, bool_or(performed_on >= $2::date) as in_period
      from fa
     group by person_key, client_id, case_id, relationship),
  person as (
    -- The person's answers (demographics) are those of the record served last (a plain max, not
    -- an ordered aggregate, which would sort every person's rows).
    select sc.person_key,
           substr(max(sc.last_on::text || sc.client_id::text), 11)::uuid as client_id,
           min(sc.first_on) as first_on,
           ${caseIds ? "array_agg(sc.case_id) filter (where x.k = 'case' and sc.in_period)" : 'null::uuid[]'} as case_ids,
           array_agg(x.v) filter (where x.k = 'victimisation' and sc.in_period) as victimisations,
           array_agg(x.v) filter (where x.k = 'legal_issue' and sc.in_period) as legal_issues,
           array_agg(coalesce(sc.relationship, 'unknown'))
             filter (where x.k = 'case' and sc.in_period) as relationships,
           min(case coalesce(f.service_status, 'served')
                 when 'served' then 1 when 'partially_served' then 2 else 3 end)
             filter (where x.k = 'case' and sc.in_period) as status_rank,
           min(f.not_served_reason) filter (where x.k = 'case' and sc.in_period) as not_served_reason
      from served_case sc
      left join case_report_facts f on f.case_id = sc.case_id
      cross join lateral (select 'case', null::text
                          union all select 'victimisation', v from unnest(f.victimisations) v
                          union all select 'legal_issue', v from unnest(f.legal_issues) v) x(k, v)
     group by sc.person_key
    having bool_or(sc.in_period))`;

const ORDER_KINDS_FINAL = `('FA_PO', 'AOV_PO', 'FSRO')`;
const ORDER_KINDS_TEMPORARY = `('FA_EPO', 'FA_PPO', 'AOV_EPO', 'AOV_PPO', 'ESRO')`;

const CLASSIFICATION_COLUMNS = [
  ['disability', 'disability'],
  ['deafHardOfHearing', 'deaf_hard_of_hearing'],
  ['limitedEnglish', 'limited_english'],
  ['immigrantRefugeeAsylum', 'immigrant_refugee_asylum'],
  ['rural', 'rural'],
  ['homeless', 'homeless'],
  ['lgbtq', 'lgbtq'],
  ['veteran', 'veteran'],
] as const;

const orNotReported = (expr: string) =>
  `case when cardinality(${expr}) = 0 then array['not_reported'] else ${expr} end`;

export interface Population {
  /** Reads the shared `fa`, `served_case` and `person` CTEs of servedCtes. */
  usesServed?: boolean;
  /** CTEs of its own (`name as (...)`, names unique across populations), or ''. */
  ctes?: (funded: boolean) => string;
  /** The population's SELECT, limited to the run's funder or source when `funded`. */
  sql: (funded: boolean) => string;
  /** Dimension name → SQL expression over `p` giving the fact's values (text[]). */
  dimensions: Readonly<Record<string, string>>;
  /**
   * The fact columns no two facts share: each person is one fact (person_key), or each activity,
   * case or order event is (item_id). A count of such a key needs no DISTINCT over every fact:
   * the engine counts the facts of each combination of dimension values instead.
   */
  uniqueKeys: ReadonlyArray<'person_key' | 'item_id'>;
}

export const POPULATIONS: Readonly<Record<PopulationId, Population>> = {
  people_served: {
    usesServed: true,
    sql: () => `select pe.person_key, pe.case_ids, pe.person_key as item_id,
             null::text as note, null::numeric as measure,
             (pe.first_on >= $2::date) as is_new,
             coalesce(d.race_ethnicity, '{}') as race,
             coalesce(d.gender, 'not_reported') as gender,
             coalesce(d.age_band, 'not_reported') as age_band,
             array[${CLASSIFICATION_COLUMNS.map(
               ([key, column]) => `'${key}:' || coalesce(d.${column}, 'not_reported')`,
             ).join(', ')}] as classifications,
             coalesce(pe.victimisations, '{}') as victimisations,
             coalesce(pe.legal_issues, '{}') as legal_issues,
             pe.relationships
        from person pe
        left join client_demographics d on d.client_id = pe.client_id`,
    dimensions: {
      all: `array['all']`,
      new_or_continuing: `array[case when p.is_new then 'new' else 'continuing' end]`,
      race: orNotReported('p.race'),
      gender: 'array[p.gender]',
      age_band: 'array[p.age_band]',
      classification: 'p.classifications',
      victimisation: orNotReported('p.victimisations'),
      legal_issue: orNotReported('p.legal_issues'),
      relationship: 'p.relationships',
    },
    uniqueKeys: ['person_key', 'item_id'],
  },

  // Each person served in the period with their best answer (see servedCtes); declined intakes
  // and cases closed as not served without any service are the not served.
  service_status: {
    usesServed: true,
    ctes: (funded) => `status as (
        select pe.person_key, pe.case_ids,
               case pe.status_rank when 1 then 'served' when 2 then 'partially_served'
                 else 'not_served' end as status,
               pe.not_served_reason as reason, null::text as note
          from person pe
        union all
        select ${personKey('cl')}, array[c.id], 'not_served', f.not_served_reason, null
          from case_file c join case_report_facts f on f.case_id = c.id
          join client cl on cl.id = c.client_id
         where c.organisation_id = $1::uuid and f.service_status = 'not_served'
           and c.closed_on between $2::date and $3::date
           ${caseFunded(funded, 'c.id', 'c.opened_on', 'c.closed_on')}
           and not exists (select 1 from person pe where pe.person_key = ${personKey('cl')})
        union all
        select 'decline:' || d.id, '{}'::uuid[], 'not_served', d.reason,
               'Declined intake of ' || d.declined_on::text
          from intake_decline d
         where d.organisation_id = $1::uuid and d.declined_on between $2::date and $3::date
           ${
             // A survivor turned away before any grant was named counts under the funder, as one
             // its programme could not serve, but not in a report narrowed to one grant.
             funded
               ? `and ((d.funding_source_id is null and $6::uuid is null)
                       or d.funding_source_id in (${FUNDED_SOURCES}))`
               : ''
           })`,
    sql: () => `select s.person_key, s.case_ids, s.person_key as item_id, s.note, null::numeric as measure,
             s.status, case when s.status = 'not_served' then coalesce(s.reason, 'other') end as reason
        from status s`,
    dimensions: {
      all: `array['all']`,
      status: 'array[p.status]',
      reason: `array[coalesce(p.reason, 'none')]`,
    },
    // A client turned away on two cases closed in the period is two facts with one person_key.
    uniqueKeys: [],
  },

  activities: {
    usesServed: true,
    sql: () => `select fa.person_key, array[fa.case_id] as case_ids, fa.id::text as item_id,
             null::text as note, null::numeric as measure, fa.kind
        from fa where fa.performed_on >= $2::date`,
    dimensions: { all: `array['all']`, kind: 'array[p.kind]' },
    uniqueKeys: ['item_id'],
  },

  closed_cases: {
    sql: (
      funded,
    ) => `select c.client_id::text as person_key, array[c.id] as case_ids, c.id::text as item_id,
                 null::text as note, null::numeric as measure,
                 coalesce(c.lsc_problem_code, 'not_recorded') as problem_code,
                 coalesce(c.lsc_closing_code, 'not_recorded') as closing_code
            from case_file c
           where c.organisation_id = $1::uuid and c.closed_on between $2::date and $3::date
             ${caseFunded(funded, 'c.id', 'c.opened_on', 'c.closed_on')}`,
    dimensions: {
      all: `array['all']`,
      problem_code: 'array[p.problem_code]',
      closing_code: 'array[p.closing_code]',
    },
    uniqueKeys: ['item_id'],
  },

  open_cases_at_end: {
    sql: (
      funded,
    ) => `select c.client_id::text as person_key, array[c.id] as case_ids, c.id::text as item_id,
                 null::text as note, null::numeric as measure,
                 coalesce(c.lsc_problem_code, 'not_recorded') as problem_code
            from case_file c
           where c.organisation_id = $1::uuid and c.opened_on <= $3::date
             and (c.closed_on is null or c.closed_on > $3::date)
             ${caseFunded(funded, 'c.id', 'c.opened_on', '$3::date')}`,
    dimensions: { all: `array['all']`, problem_code: 'array[p.problem_code]' },
    uniqueKeys: ['item_id'],
  },

  // Facts of the order model, never a number typed for the funder: a petition is an order sought;
  // an issued order (not an extension, not an out-of-state registration) is granted; a hearing
  // that ended "denied" denies the kind its latest petition sought; an order that carries an order
  // of its own kind forward (on a motion to extend, for an unserved respondent or an incapacitated
  // petitioner, or a preliminary order reissued to a continued hearing, A-05) and a short extension
  // are extensions, so one request granted once is one grant however often it was extended; a
  // dissolution dissolves. An order issued in the period is one event (granted or extended), its
  // dissolution in the period another, each read through its own date index.
  order_events: {
    ctes: () => `ev as (
        select p.case_id, 'sought' as event, p.order_kind_sought as kind, p.filed_on as on_date,
               'petition:' || p.id as item_id
          from petition p where p.organisation_id = $1::uuid and p.filed_on between $2::date and $3::date
        union all
        select o.case_id,
               case when o.extension_of is not null or parent.kind = o.kind
                    then 'extended' else 'granted' end,
               o.kind, o.issued_on, 'order:' || o.id
          from protective_order o
          left join protective_order parent on parent.id = o.parent_order_id
         where o.organisation_id = $1::uuid and o.issued_on between $2::date and $3::date
           and (o.extension_of = 'motion_to_extend' or o.kind <> 'OOS')
        union all
        select o.case_id, 'dissolved', o.kind, o.dissolved_on, 'dissolved:' || o.id
          from protective_order o
         where o.organisation_id = $1::uuid and o.dissolved_on between $2::date and $3::date
        union all
        select h.case_id, 'denied',
               coalesce((select p.order_kind_sought from petition p
                          where p.case_id = h.case_id and p.filed_on <= h.held_on
                          order by p.filed_on desc, p.created_at desc limit 1),
                        (select o.kind from protective_order o where o.id = h.order_id), 'unknown'),
               h.held_on, 'hearing:' || h.id
          from hearing h
         where h.organisation_id = $1::uuid and h.outcome = 'denied'
           and h.held_on between $2::date and $3::date
        union all
        select x.case_id, 'extended', o.kind, x.granted_on, 'extension:' || x.id
          from order_extension x join protective_order o on o.id = x.order_id
         where x.organisation_id = $1::uuid and x.granted_on between $2::date and $3::date)`,
    sql: (
      funded,
    ) => `select c.client_id::text as person_key, array[ev.case_id] as case_ids, ev.item_id,
             null::text as note, null::numeric as measure, ev.event, ev.kind,
             to_char(ev.on_date, 'YYYY-MM') as month,
             case when ev.kind in ${ORDER_KINDS_FINAL} then 'final'
                  when ev.kind in ${ORDER_KINDS_TEMPORARY} then 'temporary' else 'other' end as kind_group
        from ev left join case_file c on c.id = ev.case_id
       where true ${caseFunded(funded, 'ev.case_id', 'ev.on_date')}`,
    dimensions: {
      all: `array['all']`,
      event: 'array[p.event]',
      kind: 'array[p.kind]',
      kind_group: 'array[p.kind_group]',
      month: 'array[p.month]',
    },
    uniqueKeys: ['item_id'],
  },

  violations: {
    sql: (
      funded,
    ) => `select c.client_id::text as person_key, array[v.case_id] as case_ids, v.id::text as item_id,
                 null::text as note, null::numeric as measure,
                 coalesce(v.classification ->> 'potentialClass', 'none_identified') as classification,
                 to_char(v.occurred_on, 'YYYY-MM') as month
            from violation v left join case_file c on c.id = v.case_id
           where v.organisation_id = $1::uuid and v.occurred_on between $2::date and $3::date
             ${caseFunded(funded, 'v.case_id', 'v.occurred_on')}`,
    dimensions: {
      all: `array['all']`,
      classification: 'array[p.classification]',
      month: 'array[p.month]',
    },
    uniqueKeys: ['item_id'],
  },

  // Days from the case's first petition to a final order issued in the period; and days from the
  // first failed attempt to serve an order to its personal service in the period.
  durations: {
    sql: (
      funded,
    ) => `select c.client_id::text as person_key, array[o.case_id] as case_ids, o.id::text as item_id,
                 null::text as note, 'petition_to_final_order' as measure_kind,
                 (o.issued_on - pf.first_filed)::numeric as measure
            from protective_order o
            left join case_file c on c.id = o.case_id
            cross join lateral (select min(p.filed_on) as first_filed from petition p
                                 where p.case_id = o.case_id and p.filed_on <= o.issued_on) pf
           where o.organisation_id = $1::uuid and o.kind in ${ORDER_KINDS_FINAL}
             and o.extension_of is null and o.issued_on between $2::date and $3::date
             and pf.first_filed is not null ${caseFunded(funded, 'o.case_id', 'o.issued_on')}
          union all
          select c.client_id::text, array[s.case_id], s.id::text, null,
                 'failed_service_to_personal', (s.attempted_on - ff.first_failed)::numeric
            from service_attempt s
            left join case_file c on c.id = s.case_id
            cross join lateral (select min(f.attempted_on) as first_failed from service_attempt f
                                 where f.order_id = s.order_id and f.outcome <> 'served'
                                   and f.attempted_on <= s.attempted_on) ff
           where s.organisation_id = $1::uuid and s.outcome = 'served' and s.method = 'personal'
             and s.attempted_on between $2::date and $3::date and ff.first_failed is not null
             ${caseFunded(funded, 's.case_id', 's.attempted_on')}`,
    dimensions: { all: `array['all']`, measure_kind: 'array[p.measure_kind]' },
    uniqueKeys: ['item_id'],
  },
};
