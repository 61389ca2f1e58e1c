import { createHash } from 'node:crypto';

import request from 'supertest';

import { aCaseRequest, SEEDED_SECRETS } from '@haven/testing';

import { findFirstBrokenAuditRow } from '@api/audit/audit-chain';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { countRows, insertUser, signIn } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const secretsRequest = () =>
  aCaseRequest({
    client: {
      fullName: 'Perpetua Inkwell-Dane',
      address: SEEDED_SECRETS.address,
      phone: SEEDED_SECRETS.phone,
      employer: SEEDED_SECRETS.employer,
      email: 'perpetua.inkwell@haven-test.example',
      safeContact: {
        safeToCall: false,
        safeToText: true,
        safeToLeaveVoicemail: false,
        safeToEmail: false,
        codeWord: 'bluebell',
      },
    },
    respondent: {
      fullName: 'Ambrose Nettlefield',
      address: '88 Juniper Hollow Road',
      knownFirearms: true,
    },
  });

const CAST = castOf('advocate', 'supervisor', 'staff', 'outsider');

describe('intake, conflict check and confidential fields (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    cast = await seedCast(t, CAST);
  });

  const http = () => request(t.app.getHttpServer());
  const open = async (who: keyof typeof CAST, body = secretsRequest()) =>
    http()
      .post('/api/cases')
      .set('Cookie', await cast.signIn(who))
      .send(body);

  it('gives each of a burst of simultaneous intakes its own reference', async () => {
    const cookie = await cast.signIn('advocate');
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        http().post('/api/cases').set('Cookie', cookie).send(aCaseRequest()),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201));
    const references = results.map((r) => r.body.reference as string);
    expect(new Set(references).size).toBe(12);
  });

  it('opens a case with the eligibility and court the rules library decides', async () => {
    const res = await open('advocate');
    expect(res.status).toBe(201);
    const detail = await http()
      .get(`/api/cases/${res.body.id}`)
      .set('Cookie', await cast.signIn('advocate'));
    expect(detail.status).toBe(200);
    expect(detail.body.courtKind).toBe('JDR');
    expect(detail.body.eligibility.familyOrHouseholdMember).toBe(true);
    expect(detail.body.eligibility.orders).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'FA_PO', court: 'JDR' })]),
    );
    expect(detail.body.eligibility.reasons[0]).toMatchObject({
      ruleId: 'VA.FA.ELIGIBILITY.FAMILY_OR_HOUSEHOLD_MEMBER',
      ruleVersion: 'R15@2021-01-01',
    });
    expect(detail.body.advocates).toEqual([
      { id: cast.users.advocate.id, displayName: cast.users.advocate.displayName },
    ]);
  });

  it('sends a respondent who is not family or household to General District Court (R16)', async () => {
    const res = await open(
      'advocate',
      aCaseRequest({
        intake: {
          relationship: 'none',
          livesWithRespondent: false,
          lastActOfAbuseOn: '2026-11-20',
        },
      }),
    );
    const detail = await http()
      .get(`/api/cases/${res.body.id}`)
      .set('Cookie', await cast.signIn('advocate'));
    expect(detail.body.courtKind).toBe('GDC');
    expect(detail.body.eligibility.familyOrHouseholdMember).toBe(false);
  });

  it('stores the confidential fields only as ciphertext, with no 6-character piece of a secret', async () => {
    expect((await open('advocate')).status).toBe(201);
    const dump =
      JSON.stringify(await t.dataSource.query('select * from client')) +
      JSON.stringify(await t.dataSource.query('select * from respondent'));
    for (const secret of [...Object.values(SEEDED_SECRETS), '88 Juniper Hollow Road', 'bluebell']) {
      for (let i = 0; i + 6 <= secret.length; i += 1)
        expect(dump).not.toContain(secret.slice(i, i + 6));
    }
    expect(dump).toContain('v1:');
  });

  it('indexes the phone with a keyed, per-organisation blind index, never a plain hash', async () => {
    await open('advocate');
    await open('outsider');
    const rows = (await t.dataSource.query(
      'select organisation_id, phone_index from client order by organisation_id',
    )) as Array<{ phone_index: string }>;
    const plainHash = createHash('sha256').update('5405550199').digest();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.phone_index).not.toBe(plainHash.toString('hex'));
      expect(row.phone_index).not.toBe(plainHash.toString('base64url'));
    }
    expect(rows[0]!.phone_index).not.toBe(rows[1]!.phone_index);
  });

  it('keeps confidential fields out of lists and the case page', async () => {
    const res = await open('advocate');
    const cookie = await cast.signIn('advocate');
    const bodies = JSON.stringify([
      (await http().get('/api/cases').set('Cookie', cookie)).body,
      (await http().get(`/api/cases/${res.body.id}`).set('Cookie', cookie)).body,
    ]);
    for (const secret of Object.values(SEEDED_SECRETS)) expect(bodies).not.toContain(secret);
  });

  it('reveals one field with a reason, returning only that field and writing one audit row', async () => {
    const res = await open('advocate');
    const cookie = await cast.signIn('advocate');
    const reveal = await http()
      .post(`/api/cases/${res.body.id}/reveal`)
      .set('Cookie', cookie)
      .send({ party: 'client', field: 'address', reason: 'Preparing the petition form' });
    expect(reveal.status).toBe(200);
    expect(reveal.body).toEqual({
      party: 'client',
      field: 'address',
      status: 'revealed',
      value: SEEDED_SECRETS.address,
    });
    expect(JSON.stringify(reveal.body)).not.toContain(SEEDED_SECRETS.phone);
    const audits = (await t.dataSource.query(
      "select actor_user_id, target_type, reason from audit_event where action = 'reveal'",
    )) as unknown[];
    expect(audits).toEqual([
      {
        actor_user_id: cast.users.advocate.id,
        target_type: 'client.address',
        reason: 'Preparing the petition form',
      },
    ]);
  });

  it('reveals the safe-contact preferences as structured data', async () => {
    const res = await open('advocate');
    const reveal = await http()
      .post(`/api/cases/${res.body.id}/reveal`)
      .set('Cookie', await cast.signIn('advocate'))
      .send({ party: 'client', field: 'safeContact', reason: 'Before calling the client' });
    expect(reveal.body.value).toEqual({
      safeToCall: false,
      safeToText: true,
      safeToLeaveVoicemail: false,
      safeToEmail: false,
      codeWord: 'bluebell',
    });
  });

  it('refuses a reveal without a reason with 400 naming reason, and audits nothing', async () => {
    const res = await open('advocate');
    const reveal = await http()
      .post(`/api/cases/${res.body.id}/reveal`)
      .set('Cookie', await cast.signIn('advocate'))
      .send({ party: 'client', field: 'address' });
    expect(reveal.status).toBe(400);
    expect(reveal.body.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'reason' })]),
    );
    expect(await countRows(t.dataSource, 'audit_event', "action = 'reveal'")).toBe(0);
  });

  it('does not let staff reveal confidential fields', async () => {
    const res = await open('advocate');
    const reveal = await http()
      .post(`/api/cases/${res.body.id}/reveal`)
      .set('Cookie', await cast.signIn('staff'))
      .send({ party: 'client', field: 'phone', reason: 'Monthly report' });
    expect(reveal.status).toBe(403);
    expect(JSON.stringify(reveal.body)).not.toContain(SEEDED_SECRETS.phone);
  });

  it('shows "unavailable" for a tampered value instead of failing or leaking', async () => {
    const res = await open('advocate');
    await t.dataSource.query(
      "update client set address_enc = overlay(address_enc placing (case when substr(address_enc, 40, 1) = 'A' then 'B' else 'A' end) from 40 for 1)",
    );
    const reveal = await http()
      .post(`/api/cases/${res.body.id}/reveal`)
      .set('Cookie', await cast.signIn('advocate'))
      .send({ party: 'client', field: 'address', reason: 'Preparing the petition form' });
    expect(reveal.status).toBe(200);
    expect(reveal.body).toMatchObject({ status: 'unavailable', value: null });
  });

  it('refuses to release a value when the audit row cannot be written (fail closed)', async () => {
    const res = await open('advocate');
    await t.dataSource.query(
      `alter table audit_event add constraint ck_test_block_reveal check (action <> 'reveal') not valid`,
    );
    try {
      const reveal = await http()
        .post(`/api/cases/${res.body.id}/reveal`)
        .set('Cookie', await cast.signIn('advocate'))
        .send({ party: 'client', field: 'address', reason: 'Preparing the petition form' });
      expect(reveal.status).toBe(503);
      expect(JSON.stringify(reveal.body)).not.toContain(SEEDED_SECRETS.address);
    } finally {
      await t.dataSource.query('alter table audit_event drop constraint ck_test_block_reveal');
    }
  });

  it('answers 404 and audits the attempt when another organisation asks for the case', async () => {
    const res = await open('advocate');
    const cookie = await cast.signIn('outsider');
    const other = await http().get(`/api/cases/${res.body.id}`).set('Cookie', cookie);
    const missing = await http()
      .get('/api/cases/6f1d8e2a-3b4c-4d5e-8f60-718293a4b5c6')
      .set('Cookie', cookie);
    expect([other.status, missing.status]).toEqual([404, 404]);
    expect({ ...other.body, requestId: null }).toEqual({ ...missing.body, requestId: null });
    const denials = (await t.dataSource.query(
      "select actor_user_id, target_id, route from audit_event where action = 'access_denied' order by id",
    )) as Array<{
      target_id: string;
      route: string;
    }>;
    expect(denials.map((d) => d.target_id)).toEqual([
      res.body.id,
      '6f1d8e2a-3b4c-4d5e-8f60-718293a4b5c6',
    ]);
    expect(denials[0]!.route).toBe(`GET /api/cases/${res.body.id}`);
  });

  it.each(['organisationId', 'role', 'createdBy', 'id', 'encryptedAddress'])(
    'refuses %s in the body with 400 naming it, storing nothing (no mass assignment)',
    async (field) => {
      const res = await open('advocate', { ...secretsRequest(), [field]: 'injected' } as never);
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([expect.objectContaining({ field })]);
      expect(await countRows(t.dataSource, 'case_file')).toBe(0);
    },
  );

  it('answers 400 naming every wrong intake field', async () => {
    const res = await open('advocate', {
      client: { fullName: '' },
      respondent: { fullName: 'Ambrose Nettlefield', dateOfBirth: '2026-02-30' },
      intake: {
        relationship: 'neighbour',
        livesWithRespondent: 'yes',
        lastActOfAbuseOn: 'last week',
      },
      openedOn: '2026-11-23',
    } as never);
    expect(res.status).toBe(400);
    const fields = (res.body.fields as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'client.fullName',
        'respondent.dateOfBirth',
        'intake.relationship',
        'intake.livesWithRespondent',
        'intake.lastActOfAbuseOn',
      ]),
    );
    expect(await countRows(t.dataSource, 'case_file')).toBe(0);
    expect(await countRows(t.dataSource, 'client')).toBe(0);
  });

  it.each([
    ['openedOn', { openedOn: '1999-01-04' }],
    ['openedOn', { openedOn: '2026-12-02' }],
    [
      'client.dateOfBirth',
      { client: { fullName: 'Odile Fairweather', dateOfBirth: '2028-02-01' } },
    ],
    [
      'respondent.dateOfBirth',
      { respondent: { fullName: 'Casimir Dunholt', dateOfBirth: '1850-05-05' } },
    ],
    [
      'intake.lastActOfAbuseOn',
      {
        intake: {
          relationship: 'spouse',
          livesWithRespondent: true,
          lastActOfAbuseOn: '2027-01-01',
        },
      },
    ],
    ['client.phone', { client: { fullName: 'Odile Fairweather', phone: 'abc' } }],
    [
      'intake.courtId',
      {
        intake: {
          relationship: 'spouse',
          livesWithRespondent: true,
          lastActOfAbuseOn: '2026-11-20',
          courtId: 'jdr-roanok-city',
        },
      },
    ],
    [
      'intake.venueLocality',
      {
        intake: {
          relationship: 'spouse',
          livesWithRespondent: true,
          lastActOfAbuseOn: '2026-11-20',
          venueLocality: 'Gotham City',
        },
      },
    ],
  ])('refuses an implausible intake with 400 naming %s, storing nothing', async (field, change) => {
    t.clock.set(new Date('2026-12-01T15:00:00Z'));
    const res = await open('advocate', aCaseRequest(change as never));
    expect(res.status).toBe(400);
    expect((res.body.fields as Array<{ field: string }>).map((f) => f.field)).toEqual([field]);
    expect(await countRows(t.dataSource, 'case_file')).toBe(0);
    expect(await countRows(t.dataSource, 'client')).toBe(0);
  });

  it('stores the venue as the court directory spells it and the chosen court id', async () => {
    t.clock.set(new Date('2026-12-01T15:00:00Z'));
    const res = await open(
      'advocate',
      aCaseRequest({
        intake: {
          relationship: 'spouse',
          livesWithRespondent: true,
          lastActOfAbuseOn: '2026-11-20',
          venueLocality: 'roanoke city',
          courtId: 'jdr-roanoke-city',
        },
        respondent: {
          fullName: 'Casimir Dunholt',
          address: '7 Larkspur Court, Roanoke, VA 24011',
          knownFirearms: true,
        },
      }),
    );
    expect(res.status).toBe(201);
    const [row] = (await t.dataSource.query(
      `select c.venue_locality, c.court_id, r.known_firearms, r.address_enc from case_file c
         join respondent r on r.id = c.respondent_id`,
    )) as Array<Record<string, unknown>>;
    expect(row).toMatchObject({
      venue_locality: 'Roanoke City',
      court_id: 'jdr-roanoke-city',
      known_firearms: true,
    });
    expect(String(row!['address_enc'])).toMatch(/^v1:/);
  });

  describe('conflict check', () => {
    it('finds a new respondent who is an existing client of the organisation', async () => {
      await open(
        'advocate',
        aCaseRequest({ client: { fullName: 'Imogen Brightwater', dateOfBirth: '1990-04-02' } }),
      );
      const res = await http()
        .post('/api/cases/conflict-check')
        .set('Cookie', await cast.signIn('advocate'))
        .send({
          client: { fullName: 'Tobias Quarry' },
          respondent: { fullName: 'imogen  brightwater' },
        });
      expect(res.status).toBe(201);
      expect(res.body.hits).toEqual([
        expect.objectContaining({
          party: 'respondent',
          matchedRole: 'client',
          matchedName: 'Imogen Brightwater',
          matchedOn: ['name'],
        }),
      ]);
    });

    it("does not look at another organisation's parties", async () => {
      await open('advocate', aCaseRequest({ client: { fullName: 'Imogen Brightwater' } }));
      const res = await http()
        .post('/api/cases/conflict-check')
        .set('Cookie', await cast.signIn('outsider'))
        .send({
          client: { fullName: 'Tobias Quarry' },
          respondent: { fullName: 'Imogen Brightwater' },
        });
      expect(res.body.hits).toEqual([]);
    });

    it('blocks opening on a hit, lets only a supervisor override with a reason, and audits the override', async () => {
      await open('advocate', aCaseRequest({ client: { fullName: 'Imogen Brightwater' } }));
      const conflicting = aCaseRequest({ respondent: { fullName: 'Imogen Brightwater' } });
      const blocked = await open('advocate', conflicting);
      expect(blocked.status).toBe(409);
      expect(blocked.body.error).toBe('CONFLICT_CHECK_HIT');
      expect(await countRows(t.dataSource, 'case_file')).toBe(1);

      const advocateOverride = await open('advocate', {
        ...conflicting,
        conflictOverrideReason: 'Different person, checked the file',
      });
      expect(advocateOverride.status).toBe(403);

      const supervisorOverride = await open('supervisor', {
        ...conflicting,
        conflictOverrideReason: 'Different person, checked the file',
      });
      expect(supervisorOverride.status).toBe(201);
      const audits = (await t.dataSource.query(
        "select actor_user_id, target_id, reason from audit_event where action = 'conflict_override'",
      )) as unknown[];
      expect(audits).toEqual([
        {
          actor_user_id: cast.users.supervisor.id,
          target_id: supervisorOverride.body.id,
          reason: 'Different person, checked the file',
        },
      ]);
    });
  });

  it('lets a supervisor reassign a case, after which the new advocate sees it and the old one does not', async () => {
    const res = await open('advocate');
    const other = await insertUser(t.dataSource, cast.orgId, { role: 'advocate' });
    const reassigned = await http()
      .put(`/api/cases/${res.body.id}/advocates`)
      .set('Cookie', await cast.signIn('supervisor'))
      .send({ advocateIds: [other.id] });
    expect(reassigned.status).toBe(200);
    expect(reassigned.body.advocates).toEqual([{ id: other.id, displayName: other.displayName }]);
    expect(
      (
        await http()
          .get(`/api/cases/${res.body.id}`)
          .set('Cookie', await signIn(t.app.getHttpServer(), other))
      ).status,
    ).toBe(200);
    expect(
      (
        await http()
          .get(`/api/cases/${res.body.id}`)
          .set('Cookie', await cast.signIn('advocate'))
      ).status,
    ).toBe(404);
    const outsiderAttempt = await http()
      .put(`/api/cases/${res.body.id}/advocates`)
      .set('Cookie', await cast.signIn('supervisor'))
      .send({ advocateIds: [cast.users.outsider.id] });
    expect(outsiderAttempt.status).toBe(400);
    expect(outsiderAttempt.body.fields).toEqual([
      expect.objectContaining({ field: 'advocateIds' }),
    ]);
  });

  it('rejects UPDATE and DELETE on the audit table even for its owner', async () => {
    await open('advocate');
    await expect(t.dataSource.query("update audit_event set action = 'sign_in'")).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query('delete from audit_event')).rejects.toThrow(/append-only/);
  });

  it('finds the first row edited behind the trigger (npm run audit:verify)', async () => {
    await open('advocate');
    await open('supervisor');
    expect(await findFirstBrokenAuditRow(t.dataSource)).toBeNull();
    const [second] = (await t.dataSource.query(
      'select id from audit_event order by id offset 1 limit 1',
    )) as [{ id: string }];
    await t.dataSource.query('alter table audit_event disable trigger tr_audit_event_append_only');
    try {
      await t.dataSource.query("update audit_event set reason = 'rewritten' where id = $1", [
        second.id,
      ]);
    } finally {
      await t.dataSource.query('alter table audit_event enable trigger tr_audit_event_append_only');
    }
    expect(await findFirstBrokenAuditRow(t.dataSource)).toEqual({
      id: String(second.id),
      reason: 'hash does not match the row',
    });
  });

  it('chains every audit row to the one before it', async () => {
    await open('advocate');
    await open('supervisor');
    const rows = (await t.dataSource.query(
      'select prev_hash, hash from audit_event order by id',
    )) as Array<{ prev_hash: string; hash: string }>;
    expect(rows.length).toBeGreaterThan(2);
    rows.forEach((row, i) => {
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.prev_hash).toBe(i === 0 ? '' : rows[i - 1]!.hash);
    });
  });
});
