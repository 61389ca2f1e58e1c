import request from 'supertest';
import type { DataSource } from 'typeorm';

import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { deriveCaseStanding } from '@api/case-computation/case-stage';
import { FollowupPlanningService } from '@api/case-computation/followup-planning.service';
import { signIn, truncateAll } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { seedScale, type SeedScaleResult } from './seed-scale';

const CASES = 500;

describe('seed:scale (the 100,000-case seed, here at 500 cases)', () => {
  let t: TestApp;
  let db: DataSource;
  let seeded: SeedScaleResult;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.dataSource;
    await truncateAll(db);
    seeded = await seedScale({
      databaseUrl: process.env['DATABASE_URL'] ?? '',
      cases: CASES,
      secondOrganisationCases: 30,
      now: t.clock.now(),
      keys: {
        dataEncryptionKeys: process.env['DATA_ENCRYPTION_KEYS'] ?? '',
        dataEncryptionKeyId: process.env['DATA_ENCRYPTION_KEY_ID'] ?? '',
        blindIndexKey: process.env['BLIND_INDEX_KEY'] ?? '',
      },
    });
  }, 120_000);

  afterAll(async () => {
    await truncateAll(db);
    await t.close();
  });

  it('seeds the cases, staff and second organisation asked for', async () => {
    const { organisation: big, secondOrganisation: small } = seeded;
    expect(big.counts['case_file']).toBe(CASES);
    expect(big.counts['client']).toBe(CASES);
    expect(big.counts['respondent']).toBe(CASES);
    expect(small.counts['case_file']).toBe(30);
    expect(big.advocateEmails).toHaveLength(50);
    expect(big.supervisorEmails).toHaveLength(5);
    const roles = (await db.query(
      `select role, count(*)::int as n from app_user where organisation_id = $1 group by role order by role`,
      [big.id],
    )) as Array<{ role: string; n: number }>;
    expect(roles).toEqual([
      { role: 'admin', n: 1 },
      { role: 'advocate', n: 50 },
      { role: 'supervisor', n: 5 },
    ]);
    for (const table of [
      'protective_order',
      'service_attempt',
      'hearing',
      'case_deadline',
      'followup',
      'task',
    ])
      expect(big.counts[table]).toBeGreaterThan(CASES / 2);
    expect(big.counts['violation']).toBeGreaterThan(0);
    expect(big.counts['extension_motion']).toBeGreaterThan(0);
  });

  it('holds orders of every kind, continued hearings, and expiries spread over two years', async () => {
    const kinds = (await db.query(
      `select distinct kind from protective_order where organisation_id = $1 order by kind`,
      [seeded.organisation.id],
    )) as Array<{ kind: string }>;
    expect(kinds.map((k) => k.kind)).toEqual([
      'AOV_EPO',
      'AOV_PO',
      'AOV_PPO',
      'ESRO',
      'FA_EPO',
      'FA_PO',
      'FA_PPO',
      'FSRO',
      'OOS',
    ]);
    const [spread] = (await db.query(
      `select max(due_on) - min(due_on) as days, count(*)::int as n
         from case_deadline
        where organisation_id = $1 and kind = 'order_expiry' and due_on >= $2::date`,
      [seeded.organisation.id, t.clock.now().toISOString().slice(0, 10)],
    )) as Array<{ days: number; n: number }>;
    expect(spread?.days).toBeGreaterThan(600);
    const [continued] = (await db.query(
      `select count(*)::int as n from hearing where organisation_id = $1 and continued_from_id is not null`,
      [seeded.organisation.id],
    )) as Array<{ n: number }>;
    expect(continued?.n).toBeGreaterThan(0);
  });

  it('breaks no foreign key, though the load ran with the row-by-row checks off', async () => {
    const fks = (await db.query(`
      select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
             array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
                     join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as cols,
             array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i)
                     join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as refs
        from pg_constraint c join pg_namespace ns on ns.oid = c.connamespace
       where c.contype = 'f' and ns.nspname = 'public'`)) as Array<{
      child: string;
      parent: string;
      cols: string[];
      refs: string[];
    }>;
    expect(fks.length).toBeGreaterThan(20);
    const broken: string[] = [];
    for (const fk of fks) {
      const present = fk.cols.map((c) => `x."${c}" is not null`).join(' and ');
      const join = fk.cols.map((c, i) => `p."${fk.refs[i]}" = x."${c}"`).join(' and ');
      const [row] = (await db.query(
        `select count(*)::int as n from ${fk.child} x
          where ${present} and not exists (select 1 from ${fk.parent} p where ${join})`,
      )) as Array<{ n: number }>;
      if ((row?.n ?? 0) > 0)
        broken.push(`${fk.child}(${fk.cols.join(',')}) → ${fk.parent}: ${row?.n}`);
    }
    expect(broken).toEqual([]);
  });

  it('stores for each case what the API computes from its facts: deadlines, stage, next due, follow-ups', async () => {
    const computation = t.app.get(CaseComputationService);
    const planning = t.app.get(FollowupPlanningService);
    const org = seeded.organisation.id;
    const cases = (await db.query(
      `select id, stage, next_due_on::text as "nextDueOn" from case_file
        where organisation_id = $1 order by id limit 60`,
      [org],
    )) as Array<{ id: string; stage: string; nextDueOn: string | null }>;
    expect(cases).toHaveLength(60);
    await db.transaction(async (manager) => {
      for (const c of cases) {
        const { record, result } = await computation.compute(manager, org, c.id);
        const stored = (await manager.query(
          `select rule_id || ':' || kind || ':' || due_on::text || ':' || state as d
             from case_deadline where case_id = $1 order by 1`,
          [c.id],
        )) as Array<{ d: string }>;
        expect(stored.map((r) => r.d)).toEqual(
          result.deadlines.map((d) => `${d.ruleId}:${d.kind}:${d.due.date}:${d.state}`).sort(),
        );
        const standing = deriveCaseStanding(record, result);
        expect({ stage: c.stage, nextDueOn: c.nextDueOn }).toEqual({
          stage: standing.stage,
          nextDueOn: standing.nextDueOn,
        });
        const planned = await planning.plan(manager, org, record, result);
        const followups = (await manager.query(
          `select key || ':' || act_by::text as f from followup
            where case_id = $1 and kind <> 'case_opened_review' order by 1`,
          [c.id],
        )) as Array<{ f: string }>;
        expect(followups.map((r) => r.f)).toEqual(planned.map((p) => `${p.key}:${p.actBy}`).sort());
      }
    });
  });

  it('seals the parties with the real keys: an advocate reveals a client address and phone', async () => {
    const [assigned] = (await db.query(
      `select a.case_id as "caseId", u.email from case_assignment a join app_user u on u.id = a.user_id
        where a.organisation_id = $1 limit 1`,
      [seeded.organisation.id],
    )) as Array<{ caseId: string; email: string }>;
    if (!assigned) throw new Error('no assigned case');
    const cookie = await signIn(t.app.getHttpServer(), {
      email: assigned.email,
      password: seeded.password,
    });
    for (const field of ['address', 'phone', 'email']) {
      const res = await request(t.app.getHttpServer())
        .post(`/api/cases/${assigned.caseId}/reveal`)
        .set('Cookie', cookie)
        .send({ party: 'client', field, reason: 'Checking the seeded data opens' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'revealed' });
      if (field === 'phone') expect(res.body.value).toMatch(/^\d{3}-555-01\d\d$/);
    }
    const [plain] = (await db.query(
      `select count(*)::int as n from client
        where organisation_id = $1 and (address_enc not like 'v1:%' or phone_index is null)`,
      [seeded.organisation.id],
    )) as Array<{ n: number }>;
    expect(plain?.n).toBe(0);
  });
});
