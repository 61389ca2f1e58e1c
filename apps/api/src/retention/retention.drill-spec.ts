import { DrillEnvironment } from '@api/testing/fault-drills/drill-environment';
import { waitFor } from '@api/testing/fault-drills/free-port';

const DUE = 1000;
const HELD = 40;
const RECENT = 40;
const OPEN = 40;

/**
 * D6 under a fault: the retention sweep runs in a real worker on its repeatable schedule; the
 * worker is killed with SIGKILL while purging, a new one takes over, and a checker compares every
 * case with what the policy says (purged exactly when due and not held, wholly or not at all).
 */
describe('D6: the retention job survives kill -9 of its worker mid-purge', () => {
  let env: DrillEnvironment;
  let organisationId: string;

  beforeAll(async () => {
    env = await DrillEnvironment.start('d6', { env: { RETENTION_SWEEP_INTERVAL_MS: '1500' } });
    // Closed on 2026-01-15 with the default five years: due from 2031-01-15 (Virginia date).
    env.clock.set(new Date('2031-03-02T15:00:00Z'));
  });
  afterAll(async () => {
    await env.close();
  });

  /** `count` cases closed on `closedOn` (null: open), each with sealed details and a note. */
  async function seed(kind: string, count: number, closedOn: string | null): Promise<void> {
    await env.db.query(
      `with c as (
         insert into client (organisation_id, full_name, name_key, address_enc, phone_enc, phone_index)
         select $1, 'Invented Client ' || g, 'invented client ' || g, 'v1:drill1:aaaaaaaaaaaaaaaa:c2VhbGVk',
                'v1:drill1:aaaaaaaaaaaaaaaa:c2VhbGVk', 'index-' || g
           from generate_series(1, $2) g returning id),
       r as (
         insert into respondent (organisation_id, full_name, name_key, address_enc)
         select $1, 'Invented Respondent ' || g, 'invented respondent ' || g, 'v1:drill1:aaaaaaaaaaaaaaaa:c2VhbGVk'
           from generate_series(1, $2) g returning id),
       pairs as (
         select c.id as client_id, r.id as respondent_id, row_number() over () as n
           from (select id, row_number() over () as k from c) c
           join (select id, row_number() over () as k from r) r using (k))
       insert into case_file (organisation_id, reference, client_id, respondent_id, stage, opened_on, closed_on,
                              relationship, lives_with_respondent, has_medical_evidence)
       select $1, 'HV-D6-' || $3 || '-' || n, client_id, respondent_id,
              case when $4::date is null then 'intake' else 'closed' end, '2025-06-02', $4::date,
              'spouse', true, false
         from pairs`,
      [organisationId, count, kind, closedOn],
    );
    await env.db.query(
      `insert into case_note (organisation_id, case_id, author_id, body_enc)
       select organisation_id, id, null, 'v1:drill1:aaaaaaaaaaaaaaaa:c2VhbGVk'
         from case_file where reference like $1`,
      [`HV-D6-${kind}-%`],
    );
  }

  /** Per case: purged (a case_purge row), and whether any sealed value, name or note is left. */
  async function standing(): Promise<Array<{ kind: string; purged: boolean; leftovers: boolean }>> {
    const { rows } = await env.db.query<{ kind: string; purged: boolean; leftovers: boolean }>(
      `select split_part(f.reference, '-', 3) as kind, p.case_id is not null as purged,
              (cl.address_enc is not null or cl.phone_enc is not null or cl.phone_index is not null
               or cl.full_name <> 'Purged client' or r.address_enc is not null
               or r.full_name <> 'Purged respondent'
               or exists (select 1 from case_note n where n.case_id = f.id)) as leftovers
         from case_file f
         join client cl on cl.id = f.client_id
         join respondent r on r.id = f.respondent_id
         left join case_purge p on p.case_id = f.id`,
    );
    return rows;
  }

  it('purges exactly the due cases, each wholly and once, across a worker kill', async () => {
    const org = await env.db.query<{ id: string }>(
      `insert into organisation (name, slug) values ('Drill Legal Aid', 'drill-d6') returning id`,
    );
    organisationId = org.rows[0]?.id ?? '';
    await seed('due', DUE, '2026-01-15');
    await seed('held', HELD, '2026-01-15');
    await seed('recent', RECENT, '2027-05-01');
    await seed('open', OPEN, null);
    await env.db.query(
      `insert into case_legal_hold (case_id, organisation_id, placed_at, reason)
       select id, organisation_id, now(), 'Pending litigation' from case_file where reference like 'HV-D6-held-%'`,
    );

    const victim = await env.startWorker();
    const atKill = await waitFor(
      'about 40 % of the due cases purged',
      async () => {
        const n = await env.count('select count(*) as n from case_purge');
        return n >= DUE * 0.4 ? n : null;
      },
      120_000,
      5,
    );
    await victim.kill9();
    const midway = await standing();
    console.log(`[d6] killed the worker at ${atKill}/${DUE} purged cases`);
    expect(atKill).toBeLessThan(DUE);
    // No half-purged case: a purge row exactly where nothing is left.
    expect(midway.filter((c) => c.purged === c.leftovers)).toEqual([]);

    await env.startWorker();
    await waitFor(
      'every due case purged',
      async () => ((await env.count('select count(*) as n from case_purge')) === DUE ? true : null),
      120_000,
      100,
    );
    const after = await standing();
    const summary = (kind: string) => {
      const cases = after.filter((c) => c.kind === kind);
      return {
        cases: cases.length,
        purged: cases.filter((c) => c.purged).length,
        wholly: cases.filter((c) => c.purged && !c.leftovers).length,
        untouched: cases.filter((c) => !c.purged && c.leftovers).length,
      };
    };
    expect(summary('due')).toEqual({ cases: DUE, purged: DUE, wholly: DUE, untouched: 0 });
    for (const [kind, count] of [
      ['held', HELD],
      ['recent', RECENT],
      ['open', OPEN],
    ] as const)
      expect(summary(kind)).toEqual({ cases: count, purged: 0, wholly: 0, untouched: count });

    const audit = await env.db.query<{ n: number; cases: number }>(
      `select count(*)::int as n, count(distinct target_id)::int as cases
         from audit_event where action = 'purge'`,
    );
    expect(audit.rows[0]).toEqual({ n: DUE, cases: DUE });
    expect(await env.count(`select count(*) as n from case_note`)).toBe(HELD + RECENT + OPEN);
  });
});
