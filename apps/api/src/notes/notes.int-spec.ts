import request from 'supertest';
import type { DataSource } from 'typeorm';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import {
  countRows,
  insertCase,
  tableFingerprints,
  truncateAuditTrail,
  type SeededCase,
} from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

/** Invented, but what a note holds: where the survivor is staying and who knows it. */
const SECRET = 'Staying with her sister at 22 Wexmoor Court until the hearing; the school knows.';

/** Every 6-character piece of a secret (security-checks D1): none may appear in a dump. */
function pieces(secret: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 6 <= secret.length; i += 1) out.push(secret.slice(i, i + 6));
  return out;
}

const reveals = (ds: DataSource) =>
  ds.query(
    `select actor_user_id, target_type, target_id, reason from audit_event where action = 'reveal'`,
  ) as Promise<Array<Record<string, string>>>;

const CAST = castOf('advocate', 'unassigned', 'supervisor', 'staff', 'outsider');

/** Why a note is read, as the reader types it (audited). */
const REASON = 'Preparing the protective order hearing';

describe('case notes (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let theCase: SeededCase;
  let otherCase: SeededCase;
  let foreignCase: SeededCase;

  const http = () => request(t.app.getHttpServer());
  const write = (c: SeededCase, who: keyof typeof CAST, body: unknown = { body: SECRET }) =>
    http()
      .post(`/api/cases/${c.id}/notes`)
      .set('Cookie', cast.cookie[who])
      .send(body as object);

  beforeAll(async () => {
    t = await createTestApp();
    cast = await seedCast(t, CAST);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.dataSource.query('truncate table case_file, client, respondent cascade');
    await truncateAuditTrail(t.dataSource);
    t.clock.set(new Date('2026-11-23T14:00:00Z'));
    await cast.signInAll();
    theCase = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
    otherCase = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id],
    });
    foreignCase = await insertCase(t.dataSource, cast.otherOrgId, { advocateIds: [] });
  });

  it('stores a note and answers 201 with its id, author and time, never the body', async () => {
    const res = await write(theCase, 'advocate');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      authorId: cast.users.advocate.id,
      authorName: cast.users.advocate.displayName,
      createdAt: '2026-11-23T14:00:00.000Z',
    });
  });

  it('keeps the body only as ciphertext bound to its row: no 6-character piece of it in SQL', async () => {
    const first = await write(theCase, 'advocate');
    await write(theCase, 'advocate');
    const rows = (await t.dataSource.query(
      'select * from case_note order by created_at, id',
    )) as Array<{ id: string; body_enc: string }>;
    const dump = JSON.stringify(rows);
    for (const piece of pieces(SECRET)) expect(dump).not.toContain(piece);
    expect(rows.every((r) => r.body_enc.startsWith('v1:'))).toBe(true);
    expect(rows[0]!.body_enc).not.toBe(rows[1]!.body_enc);
    // The envelope is bound to its row: copied onto another note it does not open.
    await t.dataSource.query('update case_note set body_enc = $1 where id = $2', [
      rows.find((r) => r.id !== first.body.id)!.body_enc,
      first.body.id,
    ]);
    const read = await http()
      .post(`/api/cases/${theCase.id}/notes/${first.body.id}/reveal`)
      .send({ reason: REASON })
      .set('Cookie', cast.cookie.advocate);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(expect.objectContaining({ status: 'unavailable', body: null }));
  });

  it('lists notes with author and date only, oldest first', async () => {
    const a = await write(theCase, 'advocate');
    t.clock.set(new Date('2026-11-23T14:10:00Z'));
    const b = await write(theCase, 'supervisor');
    await write(otherCase, 'advocate');
    const res = await http().get(`/api/cases/${theCase.id}/notes`).set('Cookie', cast.cookie.staff);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        id: a.body.id,
        authorId: cast.users.advocate.id,
        authorName: cast.users.advocate.displayName,
        createdAt: '2026-11-23T14:00:00.000Z',
      },
      {
        id: b.body.id,
        authorId: cast.users.supervisor.id,
        authorName: cast.users.supervisor.displayName,
        createdAt: '2026-11-23T14:10:00.000Z',
      },
    ]);
    for (const piece of pieces(SECRET)) expect(JSON.stringify(res.body)).not.toContain(piece);
  });

  it('lists no note of a case without notes, to its advocate and to a supervisor', async () => {
    await write(otherCase, 'advocate');
    for (const who of ['advocate', 'supervisor'] as const) {
      const res = await http()
        .get(`/api/cases/${theCase.id}/notes`)
        .set('Cookie', cast.cookie[who]);
      expect({ who, status: res.status, items: res.body.items }).toEqual({
        who,
        status: 200,
        items: [],
      });
    }
  });

  it('returns the body to a permitted user and writes one reveal audit row per read', async () => {
    const note = await write(theCase, 'advocate');
    const read = await http()
      .post(`/api/cases/${theCase.id}/notes/${note.body.id}/reveal`)
      .send({ reason: REASON })
      .set('Cookie', cast.cookie.supervisor);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      id: note.body.id,
      authorId: cast.users.advocate.id,
      authorName: cast.users.advocate.displayName,
      createdAt: '2026-11-23T14:00:00.000Z',
      status: 'revealed',
      body: SECRET,
    });
    await http()
      .post(`/api/cases/${theCase.id}/notes/${note.body.id}/reveal`)
      .send({ reason: REASON })
      .set('Cookie', cast.cookie.advocate);
    expect(await reveals(t.dataSource)).toEqual([
      {
        actor_user_id: cast.users.supervisor.id,
        target_type: 'case_note',
        target_id: note.body.id,
        reason: REASON,
      },
      {
        actor_user_id: cast.users.advocate.id,
        target_type: 'case_note',
        target_id: note.body.id,
        reason: REASON,
      },
    ]);
  });

  it.each([
    ['no reason', {}],
    ['a reason too short to say why', { reason: 'hi' }],
    ['a reason that is not text', { reason: 42 }],
  ])(
    'refuses to reveal a note with %s (400 naming reason), and audits no reveal',
    async (_, body) => {
      const note = await write(theCase, 'advocate');
      const res = await http()
        .post(`/api/cases/${theCase.id}/notes/${note.body.id}/reveal`)
        .send(body)
        .set('Cookie', cast.cookie.supervisor);
      expect(res.status).toBe(400);
      const fields = (res.body.fields as Array<{ field: string }>).map((f) => f.field);
      expect(new Set(fields)).toEqual(new Set(['reason']));
      expect(JSON.stringify(res.body)).not.toContain(SECRET);
      expect(await reveals(t.dataSource)).toEqual([]);
    },
  );

  it('lets staff list but neither read a body nor write (403), and audits no reveal', async () => {
    const note = await write(theCase, 'advocate');
    const before = await tableFingerprints(t.dataSource, ['case_note']);
    expect(
      (
        await http()
          .post(`/api/cases/${theCase.id}/notes/${note.body.id}/reveal`)
          .send({ reason: REASON })
          .set('Cookie', cast.cookie.staff)
      ).status,
    ).toBe(403);
    expect((await write(theCase, 'staff')).status).toBe(403);
    expect(await reveals(t.dataSource)).toEqual([]);
    expect(await tableFingerprints(t.dataSource, ['case_note'])).toEqual(before);
  });

  it('answers 404 to an advocate not assigned to the case, for every note route', async () => {
    const note = await write(theCase, 'advocate');
    const before = await tableFingerprints(t.dataSource, ['case_note']);
    expect((await write(theCase, 'unassigned')).status).toBe(404);
    expect(
      (await http().get(`/api/cases/${theCase.id}/notes`).set('Cookie', cast.cookie.unassigned))
        .status,
    ).toBe(404);
    expect(
      (
        await http()
          .post(`/api/cases/${theCase.id}/notes/${note.body.id}/reveal`)
          .send({ reason: REASON })
          .set('Cookie', cast.cookie.unassigned)
      ).status,
    ).toBe(404);
    expect(await tableFingerprints(t.dataSource, ['case_note'])).toEqual(before);
    expect(await reveals(t.dataSource)).toEqual([]);
  });

  it("answers 404 for another organisation's case or note, audits the denial, changes nothing", async () => {
    const foreignNote = await write(foreignCase, 'outsider');
    expect(foreignNote.status).toBe(201);
    const before = await tableFingerprints(t.dataSource, ['case_note']);
    expect((await write(foreignCase, 'supervisor')).status).toBe(404);
    const viaOwnCase = await http()
      .post(`/api/cases/${theCase.id}/notes/${foreignNote.body.id}/reveal`)
      .send({ reason: REASON })
      .set('Cookie', cast.cookie.supervisor);
    expect(viaOwnCase.status).toBe(404);
    expect(viaOwnCase.body.error).toBe('CASE_NOTE_NOT_FOUND');
    expect(await tableFingerprints(t.dataSource, ['case_note'])).toEqual(before);
    const denied = (await t.dataSource.query(
      "select target_type, target_id from audit_event where action = 'access_denied' order by id",
    )) as unknown[];
    expect(denied).toEqual([
      { target_type: 'case', target_id: foreignCase.id },
      { target_type: 'case_note', target_id: foreignNote.body.id },
    ]);
  });

  it('answers 404 for a note of another case of the same organisation', async () => {
    const note = await write(otherCase, 'advocate');
    const res = await http()
      .post(`/api/cases/${theCase.id}/notes/${note.body.id}/reveal`)
      .send({ reason: REASON })
      .set('Cookie', cast.cookie.advocate);
    expect(res.status).toBe(404);
    expect(await reveals(t.dataSource)).toEqual([]);
  });

  it.each([
    ['body', { body: '   ' }],
    ['body', {}],
    ['body', { body: 42 }],
    ['body', { body: 'x'.repeat(20001) }],
    ['authorId', { body: 'A fine note', authorId: '00000000-0000-4000-8000-000000000000' }],
  ])('refuses a bad note with 400 naming %s and stores nothing', async (field, body) => {
    const res = await write(theCase, 'advocate', body);
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await countRows(t.dataSource, 'case_note')).toBe(0);
  });
});
