import type { DataSource } from 'typeorm';

import { addDays } from '@haven/rules';

// Demo data for the funder reports (issue 15): funding sources, a service log, demographics and
// a few turned-away intakes, so every report shows real numbers. A small organisation's counts
// would all show as "<5" (security-checks E5), so the demo also holds past clients whose cases
// are closed. Every person is invented. Inserted as the schema owner, like the rest of the seed.

const FIRST = ['Marisol', 'Tamsin', 'Odette', 'Linnea', 'Perpetua', 'Ines', 'Wren', 'Calla'];
const LAST = ['Brackenridge', 'Oakhollow', 'Fairweather', 'Hollingbrook', 'Marchetti', 'Quenby'];
const VICTIMISATIONS = [
  ['domestic_violence'],
  ['domestic_violence', 'stalking_harassment'],
  ['dating_violence'],
  ['family_violence'],
  [],
  ['domestic_violence', 'sexual_assault'],
];
const LEGAL_ISSUES = [
  ['protection_order'],
  ['protection_order', 'custody_visitation'],
  ['protection_order', 'housing'],
  ['protection_order', 'child_support'],
];
const RACES = [['white'], ['black_african_american'], ['hispanic_latino', 'white'], [], ['asian']];
const GENDERS = ['woman', 'woman', 'woman', 'man', 'non_binary', 'not_reported'];
const AGES = ['18_24', '25_59', '25_59', '25_59', '60_plus', 'not_reported'];
const KINDS = [
  'advice',
  'safety_planning',
  'petition_drafted',
  'hearing_accompaniment',
  'representation_at_hearing',
  'referral',
  'information',
  'brief_service',
  'emotional_support',
];
const PROBLEMS = ['37', '37', '37', '31', '32', '38'];
const CLOSINGS = ['IB', 'IA', 'B', 'A', 'L', 'IB'];
const REASONS = [
  'conflict_of_interest',
  'program_capacity',
  'outside_service_area',
  'declined_services',
];
const FAMILY = ['spouse', 'former_spouse', 'cohabitant', 'child_in_common', 'none', 'brother'];

interface CaseRow {
  id: string;
  clientId: string;
  openedOn: string;
  closedOn: string | null;
}

/** Seeds the report facts of one demo organisation whose cases already exist. */
export async function seedReportFacts(
  dataSource: DataSource,
  slug: string,
  orgId: string,
  userIds: Map<string, string>,
  today: string,
): Promise<void> {
  await dataSource.transaction(async (m) => {
    const sources: Record<string, string> = {};
    for (const [funder, name] of [
      ['LSC', 'LSC basic field grant'],
      ['OVW', 'OVW Legal Assistance for Victims'],
      ['VOCA', 'VOCA victim services subgrant'],
      ['VA_DCJS', 'DCJS Victim/Witness grant'],
    ] as const) {
      const [row] = (await m.query(
        `insert into funding_source (organisation_id, name, funder, grant_number, starts_on)
         values ($1, $2, $3, $4, '2024-07-01') returning id`,
        [orgId, name, funder, `${funder}-DEMO-2025`],
      )) as [{ id: string }];
      sources[funder] = row.id;
    }
    await pastClients(m, slug, orgId, today);
    const cases = (await m.query(
      `select id, client_id as "clientId", opened_on::text as "openedOn", closed_on::text as "closedOn"
         from case_file where organisation_id = $1 order by opened_on, reference`,
      [orgId],
    )) as CaseRow[];
    const staff = [...userIds.values()];
    for (const [i, c] of cases.entries()) {
      const funders = [
        'VOCA',
        'OVW',
        ...(i % 2 === 0 ? ['LSC'] : []),
        ...(i % 3 === 0 ? ['VA_DCJS'] : []),
      ];
      for (const funder of funders) {
        await m.query(
          `insert into case_funding (case_id, funding_source_id, organisation_id, starts_on)
           values ($1, $2, $3, $4)`,
          [c.id, sources[funder], orgId, c.openedOn],
        );
      }
      await m.query(
        `insert into case_report_facts (case_id, organisation_id, victimisations, legal_issues,
           service_status, not_served_reason) values ($1, $2, $3, $4, $5, $6)`,
        [
          c.id,
          orgId,
          VICTIMISATIONS[i % VICTIMISATIONS.length],
          LEGAL_ISSUES[i % LEGAL_ISSUES.length],
          c.closedOn ? (i % 7 === 0 ? 'partially_served' : 'served') : null,
          null,
        ],
      );
      await m.query(
        `update case_file set lsc_problem_code = $2,
           lsc_closing_code = case when closed_on is null then lsc_closing_code
                                    else coalesce(lsc_closing_code, $3) end,
           relationship = coalesce(relationship, $4)
         where id = $1`,
        [
          c.id,
          PROBLEMS[i % PROBLEMS.length],
          CLOSINGS[i % CLOSINGS.length],
          FAMILY[i % FAMILY.length],
        ],
      );
      await m.query(
        `insert into client_demographics (client_id, organisation_id, race_ethnicity, gender, age_band,
           disability, limited_english, rural, immigrant_refugee_asylum, veteran)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict (client_id) do nothing`,
        [
          c.clientId,
          orgId,
          RACES[i % RACES.length],
          GENDERS[i % GENDERS.length],
          AGES[i % AGES.length],
          i % 5 === 0 ? 'yes' : 'no',
          i % 4 === 0 ? 'yes' : 'not_reported',
          i % 3 === 0 ? 'yes' : 'no',
          i % 6 === 0 ? 'yes' : 'not_reported',
          'no',
        ],
      );
      // A service every 9–23 days from opening to closing (or today), paid by the case's sources.
      const last = c.closedOn ?? today;
      let on = c.openedOn;
      for (let n = 0; on <= last; n += 1) {
        const [activity] = (await m.query(
          `insert into service_activity (organisation_id, case_id, kind, performed_on, minutes, performed_by)
           values ($1, $2, $3, $4, $5, $6) returning id`,
          [
            orgId,
            c.id,
            KINDS[(i + n) % KINDS.length],
            on,
            15 + ((i + n) % 8) * 15,
            staff[(i + n) % staff.length] ?? null,
          ],
        )) as [{ id: string }];
        const paidBy = funders.filter((_f, k) => (n + k) % 2 === 0 || k === 0);
        for (const funder of paidBy) {
          await m.query(
            `insert into service_activity_funding (activity_id, funding_source_id, organisation_id)
             values ($1, $2, $3)`,
            [activity.id, sources[funder], orgId],
          );
        }
        on = addDays(on, 9 + ((i * 5 + n * 7) % 15));
      }
    }
    for (let k = 0; k < 12; k += 1) {
      await m.query(
        `insert into intake_decline (organisation_id, declined_on, reason, victimisations, funding_source_id)
         values ($1, $2, $3, $4, $5)`,
        [
          orgId,
          addDays(today, -(11 + k * 29)),
          REASONS[k % REASONS.length],
          VICTIMISATIONS[k % VICTIMISATIONS.length],
          k % 2 === 0 ? sources['OVW'] : null,
        ],
      );
    }
  });
}

/** Past clients: cases opened over the last two years, each closed within five weeks. */
async function pastClients(
  m: { query: (sql: string, params: unknown[]) => Promise<unknown> },
  slug: string,
  orgId: string,
  today: string,
): Promise<void> {
  const prefix = slug.slice(0, 2).toUpperCase();
  for (let n = 0; n < 60; n += 1) {
    const name = `${FIRST[n % FIRST.length]} ${LAST[(n * 5) % LAST.length]}-${String.fromCharCode(65 + (n % 26))}`;
    const openedOn = addDays(today, -(40 + n * 11));
    const closedOn = addDays(openedOn, 30 + (n % 3) * 3);
    const [client] = (await m.query(
      `insert into client (organisation_id, full_name, name_key) values ($1, $2, lower($2)) returning id`,
      [orgId, name],
    )) as [{ id: string }];
    const [respondent] = (await m.query(
      `insert into respondent (organisation_id, full_name, name_key) values ($1, $2, lower($2)) returning id`,
      [orgId, `${LAST[(n * 3 + 1) % LAST.length]} Respondent-${n + 1}`],
    )) as [{ id: string }];
    const [created] = (await m.query(
      `insert into case_file (organisation_id, reference, client_id, respondent_id, stage, opened_on,
         closed_on, relationship, order_kind)
       values ($1, $2, $3, $4, $5, $6, $7, $8, 'FA_PO') returning id`,
      [
        orgId,
        `HV-${prefix}-P${String(n + 1).padStart(3, '0')}`,
        client.id,
        respondent.id,
        'closed',
        openedOn,
        closedOn,
        FAMILY[n % FAMILY.length],
      ],
    )) as [{ id: string }];
    await pastOrders(m, orgId, created.id, n, openedOn);
  }
}

/** Each past client petitioned; two in three got a final order, the rest were denied. */
async function pastOrders(
  m: { query: (sql: string, params: unknown[]) => Promise<unknown> },
  orgId: string,
  caseId: string,
  n: number,
  openedOn: string,
): Promise<void> {
  const filedOn = addDays(openedOn, 2);
  const decidedOn = addDays(openedOn, 14 + (n % 4) * 5);
  await m.query(
    `insert into petition (organisation_id, case_id, order_kind_sought, filed_on, court_id, court_kind,
       court_locality) values ($1, $2, 'FA_PO', $3, 'jdr-demo', 'JDR', 'Demo County')`,
    [orgId, caseId, filedOn],
  );
  if (n % 3 === 2) {
    await m.query(
      `insert into hearing (organisation_id, case_id, kind, scheduled_on, outcome, held_on)
       values ($1, $2, 'final_trial', $3, 'denied', $3)`,
      [orgId, caseId, decidedOn],
    );
    return;
  }
  const [order] = (await m.query(
    `insert into protective_order (organisation_id, case_id, kind, issued_on, issuing_court_id,
       issuing_court_kind, issuing_locality, served_on, status)
     values ($1, $2, 'FA_PO', $3, 'jdr-demo', 'JDR', 'Demo County', $4, 'served') returning id`,
    [orgId, caseId, decidedOn, addDays(decidedOn, 3 + (n % 5))],
  )) as [{ id: string }];
  await m.query(
    `insert into service_attempt (organisation_id, case_id, order_id, attempted_on, served_by, method, outcome)
     values ($1, $2, $3, $4, 'sheriff', 'personal', 'not_found'),
            ($1, $2, $3, $5, 'sheriff', 'personal', 'served')`,
    [orgId, caseId, order.id, addDays(decidedOn, 1), addDays(decidedOn, 3 + (n % 5))],
  );
}
