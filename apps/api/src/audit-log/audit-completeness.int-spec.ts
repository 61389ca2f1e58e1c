import request from 'supertest';

import { SEEDED_SECRETS, aCaseRequest } from '@haven/testing';

import { totpCodeAt } from '@api/auth/mfa/totp';
import { AuditService } from '@api/audit/audit.service';
import { BlindIndex } from '@api/crypto/blind-index';
import { KeyRotation } from '@api/key-rotation/key-rotation';
import { CasePurgeRepository } from '@api/retention/case-purge.repository';
import { CasePurgeService } from '@api/retention/case-purge.service';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { cipherFromEnv } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const CAST = castOf('advocate', 'supervisor', 'admin', 'staff', 'colleague');
const NOW = new Date('2026-11-24T15:00:00Z');

/**
 * security-checks F1: each audited act writes exactly one audit row, and the whole audit table
 * holds no planted confidential value afterwards.
 */
describe('audit completeness: exactly one audit row per audited act', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(NOW);
    cast = await seedCast(t, CAST);
  });
  afterAll(async () => {
    await t.close();
  });

  const http = () => request(t.app.getHttpServer());
  const count = async (action: string): Promise<number> => {
    const [row] = (await t.dataSource.query(
      `select count(*)::int as n from audit_event where action = $1`,
      [action],
    )) as [{ n: number }];
    return row.n;
  };
  /** How many rows of `action` the act wrote. */
  async function rowsWritten(action: string, act: () => Promise<unknown>): Promise<number> {
    const before = await count(action);
    await act();
    return (await count(action)) - before;
  }
  const openCase = async (as: 'advocate' | 'supervisor', body: object) => {
    const res = await http()
      .post('/api/cases')
      .set('Cookie', await cast.cookieOf(as))
      .send(body);
    expect(res.status).toBe(201);
    return res.body as { id: string };
  };

  const clientName = 'Marisol Quenby-Ashgrove';
  let caseId = '';

  it('sign-in', async () => {
    expect(await rowsWritten('sign_in', () => cast.signIn('advocate'))).toBe(1);
  });

  it('failed sign-in', async () => {
    const wrong = () =>
      http()
        .post('/api/auth/login')
        .send({ email: cast.users.advocate.email, password: 'not the passphrase at all, sorry' });
    expect(
      await rowsWritten('sign_in_failed', async () => expect((await wrong()).status).toBe(401)),
    ).toBe(1);
  });

  it('lockout (the 11th failure in 15 minutes), once however many failures follow', async () => {
    const written = await rowsWritten('account_locked', async () => {
      for (let attempt = 0; attempt < 13; attempt += 1) {
        // Past each slowdown (1, 2, 4… s), all well inside the 15-minute window.
        t.clock.advance(65_000);
        await http()
          .post('/api/auth/login')
          .send({ email: cast.users.staff.email, password: 'a wrong guess of an invented phrase' });
      }
    });
    expect(written).toBe(1);
  });

  it('reveal', async () => {
    await cast.signIn('advocate');
    const opened = await openCase(
      'advocate',
      aCaseRequest({
        client: {
          fullName: clientName,
          address: SEEDED_SECRETS.address,
          phone: SEEDED_SECRETS.phone,
        },
      }),
    );
    caseId = opened.id;
    const written = await rowsWritten('reveal', async () => {
      const res = await http()
        .post(`/api/cases/${caseId}/reveal`)
        .set('Cookie', cast.cookie.advocate)
        .send({ party: 'client', field: 'address', reason: 'Preparing the petition form' });
      expect(res.status).toBe(200);
    });
    expect(written).toBe(1);
  });

  it('conflict override', async () => {
    await cast.signIn('supervisor');
    const written = await rowsWritten('conflict_override', () =>
      openCase('supervisor', {
        ...aCaseRequest({ respondent: { fullName: clientName } }),
        conflictOverrideReason: 'Different person, checked the file',
      }),
    );
    expect(written).toBe(1);
  });

  it('role change', async () => {
    await cast.signIn('admin');
    const written = await rowsWritten('user_updated', async () => {
      const res = await http()
        .patch(`/api/users/${cast.users.colleague.id}`)
        .set('Cookie', cast.cookie.admin)
        .send({ role: 'supervisor' });
      expect(res.status).toBe(200);
    });
    expect(written).toBe(1);
  });

  it('session revocation', async () => {
    const other = await cast.signIn('advocate');
    await cast.signIn('advocate');
    const written = await rowsWritten('session_revoked', async () => {
      const res = await http().post('/api/auth/password').set('Cookie', cast.cookie.advocate).send({
        currentPassword: cast.users.advocate.password,
        newPassword: 'lilacs under a copper kettle at dawn',
        endOtherSessions: true,
      });
      expect(res.status).toBe(200);
    });
    expect(written).toBe(1);
    expect((await http().get('/api/auth/me').set('Cookie', other)).status).toBe(401);
  });

  it('second-factor enrolment', async () => {
    // The staff account was locked above: the lock ends on its own.
    t.clock.advance(24 * 3_600_000);
    const session = await cast.signIn('staff');
    const written = await rowsWritten('mfa_enrolled', async () => {
      const started = await http().post('/api/auth/mfa/enrolment').set('Cookie', session);
      expect(started.status).toBe(201);
      const confirmed = await http()
        .post('/api/auth/mfa/enrolment/confirm')
        .set('Cookie', session)
        .send({ code: totpCodeAt((started.body as { secret: string }).secret, t.clock.now()) });
      expect(confirmed.status).toBe(200);
    });
    expect(written).toBe(1);
  });

  it('key rotation', async () => {
    const rotation = new KeyRotation(
      t.dataSource,
      cipherFromEnv(),
      new BlindIndex(Buffer.from(process.env['BLIND_INDEX_KEY'] ?? '', 'base64')),
    );
    expect(
      await rowsWritten('key_rotation', () => rotation.run({ batchSize: 50, pauseMs: 0 })),
    ).toBe(1);
  });

  it('purge', async () => {
    await t.dataSource.query(
      `update case_file set stage = 'closed', closed_on = opened_on where id = $1`,
      [caseId],
    );
    const purges = new CasePurgeService(
      t.dataSource,
      new CasePurgeRepository(),
      t.app.get(AuditService),
      t.clock,
    );
    expect(await rowsWritten('purge', () => purges.purgeCase(caseId, '2032-01-01'))).toBe(1);
  });

  it('holds no planted confidential value anywhere in the audit table', async () => {
    const everything = JSON.stringify(await t.dataSource.query(`select * from audit_event`));
    for (const secret of Object.values(SEEDED_SECRETS)) expect(everything).not.toContain(secret);
  });
});
