import request from 'supertest';

import { SEEDED_SECRETS } from '@haven/testing';

import { AuditService } from '@api/audit/audit.service';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { cipherFromEnv, insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { CasePurgeRepository } from './case-purge.repository';
import { CasePurgeService } from './case-purge.service';

const CAST = castOf('advocate', 'supervisor', 'admin', 'outsider');
const NOW = new Date('2031-12-01T15:00:00Z');

describe('retention: settings, legal holds and the purge (security-checks D6)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let purges: CasePurgeService;

  beforeAll(async () => {
    t = await createTestApp();
    purges = new CasePurgeService(
      t.dataSource,
      new CasePurgeRepository(),
      t.app.get(AuditService),
      t.clock,
    );
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    t.clock.set(NOW);
    cast = await seedCast(t, CAST);
  });

  const http = () => request(t.app.getHttpServer());
  const auditCount = async (action: string, targetId?: string) => {
    const [row] = (await t.dataSource.query(
      `select count(*)::int as n from audit_event where action = $1 and ($2::text is null or target_id = $2)`,
      [action, targetId ?? null],
    )) as [{ n: number }];
    return row.n;
  };

  /** A case with sealed client details, a note and a service note, closed on `closedOn`. */
  async function closedCase(
    closedOn: string | null,
    organisationId = cast.orgId,
  ): Promise<SeededCase> {
    const kase = await insertCase(t.dataSource, organisationId, { openedOn: '2023-01-02' });
    const cipher = cipherFromEnv();
    await t.dataSource.query(
      `update client set address_enc = $2, phone_enc = $3, employer_enc = $4, phone_index = 'x' where id = $1`,
      [
        kase.clientId,
        cipher.encrypt(SEEDED_SECRETS.address, `client:${kase.clientId}:address`),
        cipher.encrypt(SEEDED_SECRETS.phone, `client:${kase.clientId}:phone`),
        cipher.encrypt(SEEDED_SECRETS.employer, `client:${kase.clientId}:employer`),
      ],
    );
    await t.dataSource.query(`update respondent set address_enc = $2 where id = $1`, [
      kase.respondentId,
      cipher.encrypt('9 Invented Court', `respondent:${kase.respondentId}:address`),
    ]);
    const [note] = (await t.dataSource.query(
      `insert into case_note (organisation_id, case_id, author_id, body_enc)
       values ($1, $2, $3, 'v1:placeholder') returning id`,
      [organisationId, kase.id, cast.users.supervisor.id],
    )) as [{ id: string }];
    await t.dataSource.query(`update case_note set body_enc = $2 where id = $1`, [
      note.id,
      cipher.encrypt('The client moved in with her sister', `case_note:${note.id}:body`),
    ]);
    if (closedOn)
      await t.dataSource.query(
        `update case_file set stage = 'closed', closed_on = $2 where id = $1`,
        [kase.id, closedOn],
      );
    return kase;
  }

  async function sealedLeft(kase: SeededCase): Promise<number> {
    const [row] = (await t.dataSource.query(
      `select (select count(*) from case_note where case_id = $1)
            + (select count(*) from client where id = $2 and (address_enc is not null or phone_enc is not null
                 or employer_enc is not null or phone_index is not null or full_name <> 'Purged client'))
            + (select count(*) from respondent where id = $3 and (address_enc is not null
                 or full_name <> 'Purged respondent')) as n`,
      [kase.id, kase.clientId, kase.respondentId],
    )) as [{ n: string }];
    return Number(row.n);
  }

  describe('the organisation setting', () => {
    it('defaults to five years and refuses a period shorter than the funder minimum, naming the field', async () => {
      const initial = await cast.get('admin', '/settings/retention');
      expect(initial.status).toBe(200);
      expect(initial.body.settings).toEqual({ retentionYears: 5, funderMinimumYears: 5 });

      const cookie = await cast.cookieOf('admin');
      const short = await http()
        .put('/api/settings/retention')
        .set('Cookie', cookie)
        .send({ retentionYears: 4, funderMinimumYears: 5 });
      expect(short.status).toBe(400);
      expect(short.body.fields).toEqual([expect.objectContaining({ field: 'retentionYears' })]);

      const lowMinimum = await http()
        .put('/api/settings/retention')
        .set('Cookie', cookie)
        .send({ retentionYears: 5, funderMinimumYears: 2 });
      expect(lowMinimum.status).toBe(400);
      expect(lowMinimum.body.fields).toEqual([
        expect.objectContaining({ field: 'funderMinimumYears' }),
      ]);
      expect(await auditCount('retention_settings_changed')).toBe(0);

      const ok = await http()
        .put('/api/settings/retention')
        .set('Cookie', cookie)
        .send({ retentionYears: 7, funderMinimumYears: 5 });
      expect(ok.status).toBe(200);
      expect(ok.body.settings).toEqual({ retentionYears: 7, funderMinimumYears: 5 });
      expect(await auditCount('retention_settings_changed')).toBe(1);

      const advocate = await http()
        .put('/api/settings/retention')
        .set('Cookie', await cast.cookieOf('advocate'))
        .send({ retentionYears: 9, funderMinimumYears: 5 });
      expect(advocate.status).toBe(403);
    });
  });

  describe('legal holds', () => {
    it('lets a supervisor place and remove a hold, once each however many ask at once', async () => {
      const kase = await closedCase('2025-06-30');
      const cookie = await cast.cookieOf('supervisor');
      const answers = await Promise.all(
        Array.from({ length: 6 }, () =>
          http()
            .put(`/api/cases/${kase.id}/legal-hold`)
            .set('Cookie', cookie)
            .send({ reason: 'Subpoena in a custody matter' }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
      expect(answers[0]?.body.legalHold).toMatchObject({ reason: 'Subpoena in a custody matter' });
      expect(answers[0]?.body.purgeDueOn).toBe('2030-06-30');
      expect(await auditCount('legal_hold_placed', kase.id)).toBe(1);

      const removed = await http().delete(`/api/cases/${kase.id}/legal-hold`).set('Cookie', cookie);
      expect(removed.status).toBe(200);
      expect(removed.body.legalHold).toBeNull();
      const again = await http().delete(`/api/cases/${kase.id}/legal-hold`).set('Cookie', cookie);
      expect(again.status).toBe(404);
      expect(await auditCount('legal_hold_removed', kase.id)).toBe(1);
    });

    it('refuses an advocate (403), another organisation (404) and a blank reason (400)', async () => {
      const kase = await closedCase('2025-06-30');
      const advocate = await http()
        .put(`/api/cases/${kase.id}/legal-hold`)
        .set('Cookie', await cast.cookieOf('advocate'))
        .send({ reason: 'Litigation' });
      expect(advocate.status).toBe(403);
      const outsider = await http()
        .put(`/api/cases/${kase.id}/legal-hold`)
        .set('Cookie', await cast.cookieOf('outsider'))
        .send({ reason: 'Litigation' });
      expect(outsider.status).toBe(404);
      const blank = await http()
        .put(`/api/cases/${kase.id}/legal-hold`)
        .set('Cookie', await cast.cookieOf('supervisor'))
        .send({ reason: '   ' });
      expect(blank.status).toBe(400);
      expect(blank.body.fields).toEqual([expect.objectContaining({ field: 'reason' })]);
      expect(await auditCount('legal_hold_placed')).toBe(0);
    });
  });

  describe('the purge', () => {
    it('purges exactly the closed cases past their period without a hold, keeping the counts', async () => {
      const due = await closedCase('2026-11-30'); // five years before NOW's date, to the day
      const dueToo = await closedCase('2024-02-29');
      const held = await closedCase('2025-01-31');
      const recent = await closedCase('2026-12-02'); // one day short
      const open = await closedCase(null);
      const otherOrgLonger = await closedCase('2025-05-01', cast.otherOrgId);
      await t.dataSource.query(
        `insert into retention_setting (organisation_id, retention_years, funder_minimum_years, updated_at)
         values ($1, 8, 5, now())`,
        [cast.otherOrgId],
      );
      const hold = await http()
        .put(`/api/cases/${held.id}/legal-hold`)
        .set('Cookie', await cast.cookieOf('supervisor'))
        .send({ reason: 'Pending bar complaint' });
      expect(hold.status).toBe(200);

      // Two sweeps at once, as two workers would: each case is purged once.
      const reports = await Promise.all([purges.sweep(), purges.sweep()]);
      expect(reports[0].purged + reports[1].purged).toBe(2);

      const purged = (await t.dataSource.query(
        `select case_id from case_purge order by case_id`,
      )) as Array<{ case_id: string }>;
      expect(purged.map((r) => r.case_id)).toEqual([due.id, dueToo.id].sort());
      for (const kase of [due, dueToo]) {
        expect(await sealedLeft(kase)).toBe(0);
        expect(await auditCount('purge', kase.id)).toBe(1);
      }
      for (const kase of [held, recent, open, otherOrgLonger])
        expect(await sealedLeft(kase)).toBeGreaterThan(0);

      const [kept] = (await t.dataSource.query(
        `select reference, opened_on::text as "openedOn", closed_on::text as "closedOn", stage
           from case_file where id = $1`,
        [due.id],
      )) as [Record<string, string>];
      expect(kept).toEqual({
        reference: due.reference,
        openedOn: '2023-01-02',
        closedOn: '2026-11-30',
        stage: 'closed',
      });
      const audit = JSON.stringify(await t.dataSource.query(`select * from audit_event`));
      for (const secret of Object.values(SEEDED_SECRETS)) expect(audit).not.toContain(secret);

      expect((await purges.sweep()).purged).toBe(0);
      const standing = await cast.get('supervisor', `/cases/${due.id}/retention`);
      expect(standing.body.purgedAt).toEqual(expect.any(String));
      const lateHold = await http()
        .put(`/api/cases/${due.id}/legal-hold`)
        .set('Cookie', await cast.cookieOf('supervisor'))
        .send({ reason: 'Too late' });
      expect(lateHold.status).toBe(409);
    });
  });
});
