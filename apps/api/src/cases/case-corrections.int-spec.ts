import request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, tableFingerprints, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const CAST = castOf('advocate', 'supervisor', 'staff', 'outsider');
type Who = keyof typeof CAST;
const TABLES = ['client', 'respondent', 'case_file', 'audit_event', 'case_deadline', 'followup'];
const REASON = 'Typed from the wrong intake sheet';

describe('PATCH /api/cases/:caseId/{client,respondent,intake} (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let kase: SeededCase;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    t.clock.set(new Date('2026-12-01T15:00:00Z'));
    cast = await seedCast(t, CAST);
    kase = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id],
      venueLocality: 'Fairfax County',
      courtId: 'jdr-fairfax',
    });
    await t.dataSource.query(`update case_file set last_act_on = '2026-11-20' where id = $1`, [
      kase.id,
    ]);
  });

  const patch = async (who: Who, path: string, body: unknown, caseId = kase.id) =>
    request(t.app.getHttpServer())
      .patch(`/api/cases/${caseId}/${path}`)
      .set('Cookie', await cast.cookieOf(who))
      .send(body as object);
  const fieldsOf = (res: request.Response): string[] =>
    [...new Set(((res.body.fields ?? []) as Array<{ field: string }>).map((f) => f.field))].sort();
  const audits = (action: string) =>
    t.dataSource.query(
      `select target_type, target_id, reason, details from audit_event where action = $1 order by id`,
      [action],
    ) as Promise<
      Array<{
        target_type: string;
        target_id: string;
        reason: string | null;
        details: Record<string, unknown>;
      }>
    >;

  it.each([
    ['client', { dateOfBirth: '2030-01-01', reason: REASON }, 'dateOfBirth'],
    ['client', { dateOfBirth: '1850-01-01', reason: REASON }, 'dateOfBirth'],
    ['client', { dateOfBirth: '2026-02-30', reason: REASON }, 'dateOfBirth'],
    ['client', { phone: 'abc', reason: REASON }, 'phone'],
    ['client', { email: 'not-an-address', reason: REASON }, 'email'],
    ['client', { address: '12 Birch Lane, Fairfax' }, 'reason'],
    ['client', { address: '12 Birch Lane, Fairfax', reason: 'short' }, 'reason'],
    ['client', { fullName: '   ' }, 'fullName'],
    ['client', {}, 'body'],
    ['respondent', { knownFirearms: true }, 'reason'],
    ['respondent', { knownFirearms: 'yes', reason: REASON }, 'knownFirearms'],
    ['respondent', { dateOfBirth: '2027-05-01', reason: REASON }, 'dateOfBirth'],
    ['intake', { lastActOfAbuseOn: '2026-12-24', reason: REASON }, 'lastActOfAbuseOn'],
    ['intake', { openedOn: '1999-01-04', reason: REASON }, 'openedOn'],
    ['intake', { openedOn: '2026-12-02', reason: REASON }, 'openedOn'],
    ['intake', { courtId: 'jdr-nowhere', reason: REASON }, 'courtId'],
    ['intake', { venueLocality: 'Atlantis County', reason: REASON }, 'venueLocality'],
    ['intake', { hasMedicalEvidence: true }, 'reason'],
    ['intake', { relationship: 'neighbour', reason: REASON }, 'relationship'],
  ])('%s %j: 400 naming %s, nothing changed', async (path, body, field) => {
    await cast.signInAll(); // the sign-in's audit row belongs before the fingerprint
    const before = await tableFingerprints(t.dataSource, TABLES);
    const res = await patch('advocate', path, body);
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
    expect(await tableFingerprints(t.dataSource, TABLES)).toEqual(before);
  });

  it('refuses an act of abuse after the first petition, naming lastActOfAbuseOn', async () => {
    await t.dataSource.query(
      `insert into petition (organisation_id, case_id, order_kind_sought, filed_on, court_id, court_kind, court_locality)
       values ($1, $2, 'FA_PPO', '2026-11-23', 'jdr-fairfax', 'JDR', 'Fairfax County')`,
      [cast.orgId, kase.id],
    );
    await cast.signInAll(); // the sign-in's audit row belongs before the fingerprint
    const before = await tableFingerprints(t.dataSource, TABLES);
    const res = await patch('advocate', 'intake', {
      lastActOfAbuseOn: '2026-11-25',
      reason: REASON,
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('ACT_AFTER_PETITION');
    expect(fieldsOf(res)).toEqual(['lastActOfAbuseOn']);
    expect(await tableFingerprints(t.dataSource, TABLES)).toEqual(before);
  });

  it('lets staff correct nothing (403) and answers 404 for another organisation', async () => {
    expect((await patch('staff', 'client', { fullName: 'Wren Halloway' })).status).toBe(403);
    const foreign = await insertCase(t.dataSource, cast.otherOrgId);
    expect(
      (await patch('advocate', 'client', { fullName: 'Wren Halloway' }, foreign.id)).status,
    ).toBe(404);
  });

  it('seals a corrected respondent address, audits it with the reason, and the reveal shows it', async () => {
    const res = await patch('advocate', 'respondent', {
      address: '48 Quarry Road, Fairfax, VA 22030',
      description: 'Tall, grey pickup truck',
      knownFirearms: true,
      reason: REASON,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      changed: ['knownFirearms', 'address', 'description'],
      recomputed: true,
    });
    const [row] = (await t.dataSource.query(
      `select address_enc, known_firearms from respondent where id = $1`,
      [kase.respondentId],
    )) as Array<{ address_enc: string; known_firearms: boolean }>;
    expect(row!.address_enc).toMatch(/^v1:/);
    expect(row!.address_enc).not.toContain('Quarry');
    expect(row!.known_firearms).toBe(true);
    const sealed = await audits('confidential_corrected');
    expect(sealed.map((a) => a.target_type)).toEqual([
      'respondent.address',
      'respondent.description',
    ]);
    expect(sealed.every((a) => a.reason === REASON)).toBe(true);
    expect(JSON.stringify(sealed)).not.toContain('Quarry');
    const [fact] = await audits('case_fact_corrected');
    expect(fact).toMatchObject({
      target_type: 'respondent',
      reason: REASON,
      details: { caseId: kase.id, fields: ['knownFirearms'] },
    });
    const reveal = await cast.post('advocate', `/cases/${kase.id}/reveal`, {
      party: 'respondent',
      field: 'address',
      reason: 'Service instructions',
    });
    expect(reveal.body.value).toBe('48 Quarry Road, Fairfax, VA 22030');
  });

  it('recomputes on a deadline-driving correction: medical evidence brings the trial its R13 notice deadline, audited with the reason', async () => {
    const petition = await cast.post('advocate', `/cases/${kase.id}/petitions`, {
      orderKindSought: 'FA_PO',
      filedOn: '2026-11-23',
      courtId: 'jdr-fairfax',
      courtKind: 'JDR',
      courtLocality: 'Fairfax County',
    });
    const trial = await cast.post('advocate', `/cases/${kase.id}/hearings`, {
      kind: 'final_trial',
      scheduledOn: '2026-12-21',
    });
    expect([petition.status, trial.status]).toEqual([201, 201]);
    const notices = () =>
      t.dataSource.query(
        `select hearing_id from case_deadline where case_id = $1 and kind = 'notice_by'`,
        [kase.id],
      ) as Promise<Array<{ hearing_id: string }>>;
    expect(await notices()).toEqual([]);

    const res = await patch('advocate', 'intake', { hasMedicalEvidence: true, reason: REASON });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ changed: ['hasMedicalEvidence'], recomputed: true });
    expect(await notices()).toEqual([{ hearing_id: trial.body.id }]);
    expect(await audits('case_fact_corrected')).toEqual([
      {
        target_type: 'case',
        target_id: kase.id,
        reason: REASON,
        details: { caseId: kase.id, fields: ['hasMedicalEvidence'] },
      },
    ]);

    const back = await patch('advocate', 'intake', { hasMedicalEvidence: false, reason: REASON });
    expect(back.status).toBe(200);
    expect(await notices()).toEqual([]);
  });

  it('corrects the intake facts with the directory spelling, audits them and decides the court kind again', async () => {
    const res = await patch('supervisor', 'intake', {
      venueLocality: 'roanoke city',
      courtId: 'jdr-roanoke-city',
      relationship: 'none',
      livesWithRespondent: false,
      reason: REASON,
    });
    expect(res.status).toBe(200);
    const [row] = (await t.dataSource.query(
      `select venue_locality, court_id, court_kind, relationship from case_file where id = $1`,
      [kase.id],
    )) as Array<Record<string, string>>;
    expect(row).toEqual({
      venue_locality: 'Roanoke City',
      court_id: 'jdr-roanoke-city',
      court_kind: 'GDC',
      relationship: 'none',
    });
    const [fact] = await audits('case_fact_corrected');
    expect(fact!.details['fields']).toEqual(
      expect.arrayContaining(['venueLocality', 'courtId', 'relationship', 'livesWithRespondent']),
    );
  });

  it('applies parallel corrections of one case one after the other, losing none', async () => {
    const results = await Promise.all([
      patch('advocate', 'client', { fullName: 'Wren Halloway' }),
      patch('advocate', 'respondent', { fullName: 'Dorian Ashgrove' }),
      patch('advocate', 'intake', { hasMedicalEvidence: true, reason: REASON }),
      patch('advocate', 'client', { aliases: ['Wren H.'] }),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const [client] = (await t.dataSource.query(
      `select full_name, aliases from client where id = $1`,
      [kase.clientId],
    )) as Array<{ full_name: string; aliases: string[] }>;
    expect(client).toEqual({ full_name: 'Wren Halloway', aliases: ['Wren H.'] });
    const [respondent] = (await t.dataSource.query(
      `select full_name from respondent where id = $1`,
      [kase.respondentId],
    )) as Array<{ full_name: string }>;
    expect(respondent!.full_name).toBe('Dorian Ashgrove');
    const [c] = (await t.dataSource.query(
      `select has_medical_evidence from case_file where id = $1`,
      [kase.id],
    )) as Array<{ has_medical_evidence: boolean }>;
    expect(c!.has_medical_evidence).toBe(true);
    expect(await audits('case_fact_corrected')).toHaveLength(4);
  });
});
