import request from 'supertest';

import type { SafeContactInstructionsResponse } from '@haven/contracts';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

// Invented, and looked for where they must not be.
const SAFE_ADDRESS = 'c/o Brindlewood House, PO Box 7781, Marbleton, VA 22001';
const NOTE = 'Call only after 6 pm; sister answers the landline.';

const CAST = castOf('advocate', 'staff', 'outsider');
type Who = keyof typeof CAST;

describe('safe-contact instructions (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let theCase: SeededCase;

  const put = async (who: Who, body: object, caseId = theCase.id) =>
    request(t.app.getHttpServer())
      .put(`/api/cases/${caseId}/safe-contact`)
      .set('Cookie', await cast.cookieOf(who))
      .send(body);
  const stored = async () =>
    (await t.dataSource.query(
      'select mail, phone, safe_address_enc, note_enc from client_safe_contact where client_id = $1',
      [theCase.clientId],
    )) as Array<{
      mail: string;
      phone: string;
      safe_address_enc: string | null;
      note_enc: string | null;
    }>;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    t.clock.set(new Date('2026-12-06T14:00:00Z'));
    cast = await seedCast(t, CAST);
    theCase = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
  });

  it('answers "not recorded" with handing over in person as the only letter channel', async () => {
    const res = await cast.get('advocate', `/cases/${theCase.id}/safe-contact`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      recorded: false,
      mail: null,
      phone: null,
      hasSafeAddress: false,
      hasNote: false,
      allowedChannels: ['in_person'],
      updatedAt: null,
      updatedBy: null,
    });
  });

  it('records the choices, seals the safe address and note, and answers only flags', async () => {
    const res = await put('advocate', {
      mail: 'safe_address_only',
      phone: 'no_voicemail',
      safeAddress: SAFE_ADDRESS,
      note: NOTE,
    });
    expect(res.status).toBe(200);
    const body = res.body as SafeContactInstructionsResponse;
    expect(body).toMatchObject({
      recorded: true,
      mail: 'safe_address_only',
      phone: 'no_voicemail',
      hasSafeAddress: true,
      hasNote: true,
      allowedChannels: ['mail_safe_address', 'in_person'],
      updatedBy: { id: cast.users.advocate.id },
    });
    expect(JSON.stringify(body)).not.toContain('Brindlewood');
    const [row] = await stored();
    expect(row?.safe_address_enc).toMatch(/^v1:/);
    expect(row?.note_enc).toMatch(/^v1:/);
    expect(row?.safe_address_enc).not.toContain('Brindlewood');

    // Omitting the sealed values keeps them; null clears one.
    const kept = await put('advocate', { mail: 'no_mail_at_home', phone: 'no_calls', note: null });
    expect(kept.body).toMatchObject({
      hasSafeAddress: true,
      hasNote: false,
      allowedChannels: ['mail_safe_address', 'in_person'],
    });
    // Back to safe-address-only without resending the address: the stored one still counts
    // (a 500 once, when the inserted row was checked before the conflict kept the address).
    const back = await put('advocate', { mail: 'safe_address_only', phone: 'voicemail_ok' });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ mail: 'safe_address_only', hasSafeAddress: true });
    expect((await stored())[0]?.safe_address_enc).toBe(row?.safe_address_enc);

    const audit = (await t.dataSource.query(
      `select details::text as details from audit_event where action = 'safe_contact_changed' order by id`,
    )) as Array<{ details: string }>;
    expect(audit).toHaveLength(3);
    expect(audit.map((a) => a.details).join()).not.toMatch(/Brindlewood|sister/);
  });

  it('refuses a bad choice or a safe-address-only choice without an address with 400 naming the field, storing nothing', async () => {
    const bad = await put('advocate', { mail: 'carrier_pigeon', phone: 'no_calls' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual([expect.objectContaining({ field: 'mail' })]);
    const missing = await put('advocate', { mail: 'safe_address_only', phone: 'no_calls' });
    expect(missing.status).toBe(400);
    expect(missing.body.fields).toEqual([expect.objectContaining({ field: 'safeAddress' })]);
    const long = await put('advocate', {
      mail: 'home_ok',
      phone: 'no_calls',
      note: 'x'.repeat(1001),
    });
    expect(long.status).toBe(400);
    expect(long.body.fields).toEqual([expect.objectContaining({ field: 'note' })]);
    expect(await stored()).toEqual([]);
  });

  it('reveals the sealed values with a reason, audited', async () => {
    await put('advocate', {
      mail: 'safe_address_only',
      phone: 'voicemail_ok',
      safeAddress: SAFE_ADDRESS,
      note: NOTE,
    });
    const noReason = await cast.post('advocate', `/cases/${theCase.id}/safe-contact/reveal`, {});
    expect(noReason.status).toBe(400);
    expect(new Set((noReason.body.fields as Array<{ field: string }>).map((f) => f.field))).toEqual(
      new Set(['reason']),
    );
    const res = await cast.post('advocate', `/cases/${theCase.id}/safe-contact/reveal`, {
      reason: 'Addressing the hearing letter.',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ safeAddress: SAFE_ADDRESS, note: NOTE });
    const reveals = (await t.dataSource.query(
      `select target_type, reason from audit_event where action = 'reveal'`,
    )) as Array<{ target_type: string; reason: string }>;
    expect(reveals).toEqual([
      { target_type: 'client_safe_contact', reason: 'Addressing the hearing letter.' },
    ]);
  });

  it('refuses staff a change (403) and another organisation the case (404)', async () => {
    expect((await put('staff', { mail: 'home_ok', phone: 'voicemail_ok' })).status).toBe(403);
    expect((await put('outsider', { mail: 'home_ok', phone: 'voicemail_ok' })).status).toBe(404);
    expect((await cast.get('staff', `/cases/${theCase.id}/safe-contact`)).status).toBe(200);
    expect(await stored()).toEqual([]);
  });
});
