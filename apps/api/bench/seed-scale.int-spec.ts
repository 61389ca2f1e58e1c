import request from 'supertest';
import type { DataSource } from 'typeorm';

import {
  CaseComputationService,
  toDeadlineRows,
} from '@api/case-computation/case-computation.service';
import { deriveCaseStanding } from '@api/case-computation/case-stage';
import { FollowupPlanningService } from '@api/case-computation/followup-planning.service';
import { toOrderProtectionFacts } from '@api/case-computation/order-protection-facts';
import { virginiaDate } from '@api/common/clock/clock';
import { DecryptionFailedError, FieldCipher, parseKeyRing } from '@api/crypto/field-cipher';
import { secretContext } from '@api/parties/confidential-fields';
import { signIn, truncateAll } from '@api/testing/db-fixtures';
import { narrativeContext } from '@api/violations/violations.service';
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

  it('leaves every loaded page all-visible, as autovacuum would, so index-only scans stay so', async () => {
    const notVisible = (await db.query(`
      select c.relname as table, c.relpages as pages, c.relallvisible as visible
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' and c.relpages > 0
         and c.relname in ('case_file', 'case_assignment', 'case_deadline', 'task',
                           'order_protection_facts', 'board_entry', 'board_day_count')
         and c.relallvisible < c.relpages
       order by 1`)) as unknown[];
    expect(notVisible).toEqual([]);
  });

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

  it('stores for each case what the API computes from its facts: deadlines, notices, stage, next due, follow-ups, order protection facts', async () => {
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
        const notices = (await manager.query(
          `select rule_version || ':' || kind || ':' || text as n
             from case_notice where case_id = $1 order by position`,
          [c.id],
        )) as Array<{ n: string }>;
        expect(notices.map((r) => r.n)).toEqual(
          result.notices.map((n) => `${n.ruleVersion}:${n.kind}:${n.text}`),
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
        const protection = (await manager.query(
          `select concat_ws(':', order_id, risk, risk_on, unserved_until, lapse_on, lapse_until,
                            served::text, has_motion::text, as_of) as f
             from order_protection_facts where case_id = $1 order by 1`,
          [c.id],
        )) as Array<{ f: string }>;
        const derived = toOrderProtectionFacts(
          org,
          record,
          toDeadlineRows(org, c.id, result, t.clock.now()),
          virginiaDate(t.clock.now()),
        );
        expect(protection.map((r) => r.f)).toEqual(
          derived
            .map((f) =>
              [
                f.orderId,
                f.risk,
                f.riskOn,
                f.unservedUntil,
                f.lapseOn,
                f.lapseUntil,
                f.served,
                f.hasMotion,
                f.asOf,
              ]
                .filter((v) => v !== null)
                .join(':'),
            )
            .sort(),
        );
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

  it('spreads the work as a real organisation does: every advocate busy, a few cases unassigned, every stage, open tasks for both roles', async () => {
    const org = seeded.organisation.id;
    const perAdvocate = (await db.query(
      `select u.id, count(a.case_id)::int as n from app_user u
         left join case_assignment a on a.user_id = u.id
        where u.organisation_id = $1 and u.role = 'advocate' group by u.id`,
      [org],
    )) as Array<{ n: number }>;
    expect(perAdvocate).toHaveLength(50);
    expect(Math.min(...perAdvocate.map((a) => a.n))).toBeGreaterThan(0);
    const [unassigned] = (await db.query(
      `select count(*)::int as n from case_file c where c.organisation_id = $1
          and not exists (select 1 from case_assignment a where a.case_id = c.id)`,
      [org],
    )) as Array<{ n: number }>;
    expect(unassigned?.n).toBeGreaterThan(0);
    expect(unassigned?.n).toBeLessThan(CASES * 0.12);
    const stages = (await db.query(
      `select stage, count(*)::int as n from case_file where organisation_id = $1 group by stage`,
      [org],
    )) as Array<{ stage: string; n: number }>;
    expect(stages.length).toBeGreaterThanOrEqual(5);
    const [tasks] = (await db.query(
      `select count(*) filter (where t.status = 'open' and u.role = 'advocate')::int as advocate,
              count(*) filter (where t.status = 'open' and u.role = 'supervisor')::int as supervisor,
              count(*) filter (where t.status = 'done')::int as done
         from task t join app_user u on u.id = t.assignee_id where t.organisation_id = $1`,
      [org],
    )) as Array<{ advocate: number; supervisor: number; done: number }>;
    expect(tasks?.advocate).toBeGreaterThan(0);
    expect(tasks?.supervisor).toBeGreaterThan(0);
    expect(tasks?.done).toBeGreaterThan(0);
    const [open] = (await db.query(
      `select count(*)::int as n, count(next_due_on)::int as due, count(closed_on)::int as closed
         from case_file where organisation_id = $1`,
      [org],
    )) as Array<{ n: number; due: number; closed: number }>;
    expect(open?.closed).toBeGreaterThan(0);
    expect(open?.due).toBeGreaterThan(CASES / 4);
    const [crossed] = (await db.query(
      `select count(*)::int as n from case_assignment a join app_user u on u.id = a.user_id
        where u.organisation_id <> a.organisation_id`,
    )) as Array<{ n: number }>;
    expect(crossed?.n).toBe(0);
  });

  it('seals every confidential column with the real cipher: the current key, a fresh IV per value, opening only in its own row', async () => {
    const cipher = new FieldCipher(
      parseKeyRing(
        process.env['DATA_ENCRYPTION_KEYS'] ?? '',
        process.env['DATA_ENCRYPTION_KEY_ID'] ?? '',
      ),
    );
    const org = seeded.organisation.id;
    const clients = (await db.query(
      `select id, address_enc, phone_enc, email_enc, employer_enc from client
        where organisation_id = $1 order by id limit 100`,
      [org],
    )) as Array<Record<string, string | null> & { id: string }>;
    const other = clients[1]?.id ?? '';
    for (const c of clients) {
      for (const field of ['address', 'phone', 'email', 'employer']) {
        const sealed = c[`${field}_enc`];
        if (!sealed) continue;
        expect(cipher.keyIdOf(sealed)).toBe(cipher.currentKeyId());
        const plain = cipher.decrypt(sealed, secretContext('client', c.id, field));
        expect(plain.length).toBeGreaterThan(3);
        expect(sealed).not.toContain(plain);
        // Bound to its row and column: the same envelope does not open as another row's.
        const elsewhere = c.id === other ? (clients[0]?.id ?? '') : other;
        expect(() => cipher.decrypt(sealed, secretContext('client', elsewhere, field))).toThrow(
          DecryptionFailedError,
        );
      }
    }
    // A fresh IV per value: the handful of employers seeded never repeat a ciphertext.
    const [distinct] = (await db.query(
      `select count(employer_enc)::int as n, count(distinct employer_enc)::int as d,
              count(distinct split_part(employer_enc, ':', 3))::int as ivs
         from client where organisation_id = $1`,
      [org],
    )) as Array<{ n: number; d: number; ivs: number }>;
    expect(distinct?.n).toBeGreaterThan(CASES / 5);
    expect(distinct?.d).toBe(distinct?.n);
    expect(distinct?.ivs).toBe(distinct?.n);
    // No plain text left in an envelope (base64url holds no space or @).
    const [plainLeft] = (await db.query(
      `select count(*)::int as n from client where organisation_id = $1
          and (address_enc like '% %' or phone_enc like '%-555-%' or email_enc like '%@%')`,
      [org],
    )) as Array<{ n: number }>;
    expect(plainLeft?.n).toBe(0);
    const narratives = (await db.query(
      `select id, narrative_enc from violation where organisation_id = $1 and narrative_enc is not null limit 5`,
      [org],
    )) as Array<{ id: string; narrative_enc: string }>;
    for (const v of narratives)
      expect(cipher.decrypt(v.narrative_enc, narrativeContext(v.id))).toContain('Respondent');
    const notes = (await db.query(
      `select id, notes_enc from service_attempt where organisation_id = $1 and notes_enc is not null limit 5`,
      [org],
    )) as Array<{ id: string; notes_enc: string }>;
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes)
      expect(cipher.decrypt(n.notes_enc, `service_attempt:${n.id}:notes`)).toContain('Road');
    const bodies = (await db.query(
      `select id, body_enc from case_note where organisation_id = $1 limit 5`,
      [org],
    )) as Array<{ id: string; body_enc: string }>;
    expect(bodies.length).toBeGreaterThan(0);
    for (const b of bodies)
      expect(cipher.decrypt(b.body_enc, `case_note:${b.id}:body`).length).toBeGreaterThan(10);
  });
});
