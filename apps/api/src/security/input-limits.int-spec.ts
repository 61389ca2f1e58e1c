import { Logger } from '@nestjs/common';
import request from 'supertest';

import { aCaseRequest } from '@haven/testing';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { tableFingerprints } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const LIMIT = 1024 * 1024;
const SOME_ID = '0b7c1a52-8f4e-4d7a-9a51-3f0c2b9d6e11';
const CAST = castOf('supervisor', 'admin');

type Fields = Array<{ field: string; message: string }>;

/** `depth` levels of `{"a":…}` around a 1, as raw JSON text. */
function nestedJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

const cursor = (text: string) => Buffer.from(text).toString('base64url');

/**
 * The probe of issue 11, one request at a time: each of these answered 500 and logged a stack
 * trace. Each must now be a 4xx whose body names what was wrong, with nothing stored and nothing
 * logged as an error (security-checks C1, C3).
 */
describe('request limits and input hygiene at the edge (issue 11)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let loggedErrors: jest.SpyInstance;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await seedCast(t, CAST);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => {
    // The exception filter logs an unexpected error (with its stack) through Nest's Logger.
    loggedErrors = jest.spyOn(Logger.prototype, 'error');
  });
  afterEach(() => {
    expect(loggedErrors).not.toHaveBeenCalled();
    loggedErrors.mockRestore();
  });

  const http = () => request(t.app.getHttpServer());
  const postJson = async (path: string, text: string, signedIn = true) => {
    const req = http().post(`/api${path}`).set('Content-Type', 'application/json');
    if (signedIn) req.set('Cookie', await cast.cookieOf('supervisor'));
    return req.send(text);
  };
  const openCase = (body: unknown) => postJson('/cases', JSON.stringify(body));
  const fieldsOf = (res: request.Response) => (res.body as { fields: Fields }).fields;
  const fingerprints = () =>
    tableFingerprints(t.dataSource, ['case_file', 'client', 'respondent', 'court_closure']);

  describe('body size', () => {
    it('answers 413 with the limit to a body over 1 MB, even at sign-in', async () => {
      const body = JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(LIMIT) });
      const res = await postJson('/auth/login', body, false);
      expect(res.status).toBe(413);
      expect(res.body).toEqual({
        error: 'payload_too_large',
        message: 'The request body is larger than the limit of 1 MB (1048576 bytes).',
        limitBytes: LIMIT,
        fields: [{ field: 'body', message: 'must be at most 1048576 bytes' }],
        requestId: res.headers['x-request-id'],
      });
    });

    it('reads a body just under the limit (and refuses its over-long field by name)', async () => {
      const body = JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(LIMIT - 100) });
      const res = await postJson('/auth/login', body, false);
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual([
        { field: 'password', message: 'must be shorter than or equal to 1024 characters' },
      ]);
    });
  });

  describe('JSON depth', () => {
    it('refuses JSON nested 10,000 deep at sign-in with 400 naming where the depth ran out', async () => {
      const res = await postJson('/auth/login', nestedJson(10_000), false);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        error: 'validation_failed',
        fields: [
          { field: Array(32).fill('a').join('.'), message: 'is nested deeper than 32 levels' },
        ],
        requestId: res.headers['x-request-id'],
      });
    });

    it('names the field path inside a real body, and stores nothing', async () => {
      const before = await fingerprints();
      const res = await postJson('/cases', `{"client":{"aliases":[${nestedJson(10_000)}]}}`);
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual([
        {
          field: ['client', 'aliases', '0', ...Array(29).fill('a')].join('.'),
          message: 'is nested deeper than 32 levels',
        },
      ]);
      expect(await fingerprints()).toEqual(before);
    });

    it('takes a body nested exactly as deep as the limit to validation', async () => {
      const res = await postJson('/auth/login', nestedJson(32), false);
      expect(res.status).toBe(400);
      expect(fieldsOf(res).map((f) => f.field)).toEqual(expect.arrayContaining(['email', 'a']));
    });
  });

  describe('control characters and lone surrogates', () => {
    type CaseRequest = ReturnType<typeof aCaseRequest>;
    it.each<[string, (b: CaseRequest) => CaseRequest, string]>([
      ['a name', (b) => ({ ...b, client: { fullName: 'Ann\u0000Doe' } }), 'client.fullName'],
      [
        'an alias',
        (b) => ({ ...b, respondent: { fullName: 'Rex Doe', aliases: ['ok', 'R\u0000'] } }),
        'respondent.aliases.1',
      ],
      [
        'a court field',
        (b) => ({ ...b, intake: { ...b.intake, courtId: 'jdr-\u0000fairfax' } }),
        'intake.courtId',
      ],
      [
        'a name, as an escape',
        (b) => ({ ...b, client: { fullName: 'Ann\u001b[2J' } }),
        'client.fullName',
      ],
    ])(
      'refuses a control character in %s, naming it, and stores nothing',
      async (_what, spoil, field) => {
        const before = await fingerprints();
        const res = await openCase(spoil(aCaseRequest()));
        expect(res.status).toBe(400);
        expect(fieldsOf(res)).toEqual([{ field, message: 'must not contain control characters' }]);
        expect(await fingerprints()).toEqual(before);
      },
    );

    it('refuses a lone surrogate in a name, naming it', async () => {
      const res = await openCase(aCaseRequest({ respondent: { fullName: 'Rex \uD800Doe' } }));
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual([
        { field: 'respondent.fullName', message: 'must not contain a lone UTF-16 surrogate' },
      ]);
    });

    it('keeps tabs and line breaks in free text', async () => {
      const res = await openCase(
        aCaseRequest({
          respondent: { fullName: 'Rex Doe', description: 'Tall.\n\tDrives a van.' },
        }),
      );
      expect(res.status).toBe(201);
    });

    it.each(['q', 'courtId', 'locality'])(
      'refuses a NUL in the query parameter %s, naming it',
      async (name) => {
        const res = await http()
          .get(`/api/cases?${name}=ab%00cd`)
          .set('Cookie', await cast.cookieOf('supervisor'));
        expect(res.status).toBe(400);
        expect(fieldsOf(res)).toEqual([
          { field: name, message: 'must not contain control characters' },
        ]);
      },
    );

    it('refuses a NUL at sign-in with the field, before passport reads the account', async () => {
      const res = await postJson(
        '/auth/login',
        '{"email":"a\\u0000@example.org","password":"x"}',
        false,
      );
      expect(res.status).toBe(400);
      // The other checks of the field are reported too, in the same answer.
      expect(fieldsOf(res)).toContainEqual({
        field: 'email',
        message: 'must not contain control characters',
      });
      expect(new Set(fieldsOf(res).map((f) => f.field))).toEqual(new Set(['email']));
    });
  });

  describe('optional confidential fields sent as null', () => {
    it('opens the case and seals nothing for them (was a 500 found by the fuzz test)', async () => {
      const request = aCaseRequest();
      const res = await openCase({
        ...request,
        client: { ...request.client, address: null, phone: null, employer: null },
        respondent: { ...request.respondent, address: null },
      });
      expect(res.status).toBe(201);
      const [client] = (await t.dataSource.query(
        `select address_enc, phone_enc, employer_enc from client c
          join case_file f on f.client_id = c.id where f.id = $1`,
        [(res.body as { id: string }).id],
      )) as Array<Record<string, string | null>>;
      expect(client).toEqual({ address_enc: null, phone_enc: null, employer_enc: null });
    });
  });

  describe('blank names', () => {
    it.each([
      ['spaces', '   '],
      ['a tab and a newline, which PostgreSQL trim() keeps', '\t\n'],
    ])('refuses a client name of %s before the database', async (_what, fullName) => {
      const before = await fingerprints();
      const res = await openCase(aCaseRequest({ client: { fullName } }));
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual([{ field: 'client.fullName', message: 'is required' }]);
      expect(await fingerprints()).toEqual(before);
    });

    it('refuses a blank respondent name, naming it', async () => {
      const res = await openCase(aCaseRequest({ respondent: { fullName: ' ' } }));
      expect(fieldsOf(res)).toEqual([{ field: 'respondent.fullName', message: 'is required' }]);
    });

    it('refuses a blank court closure authority, naming it', async () => {
      const before = await fingerprints();
      const res = await http()
        .post('/api/court-closures')
        .set('Cookie', await cast.cookieOf('admin'))
        .send({
          closedOn: '2026-12-24',
          allDay: true,
          kind: 'clerk_closure',
          name: 'Clerk closure',
          authority: '  ',
        });
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual([{ field: 'authority', message: 'is required' }]);
      expect(await fingerprints()).toEqual(before);
    });
  });

  describe('hand-made cursors', () => {
    it.each([
      ['an impossible date', 'cases?sort=next_deadline', `next_deadline|2026-02-30|${SOME_ID}`],
      ['year 0000', 'cases', `newest|0000-01-01T00:00:00.000000Z|${SOME_ID}`],
      ['an id of 36 dashes', 'cases', `newest|2026-11-23T14:05:06.789123Z|${'-'.repeat(36)}`],
      ['an impossible date', 'tasks', `2026-02-30|${SOME_ID}`],
      ['year 0000', 'tasks', `0000-01-01|${SOME_ID}`],
      ['an id of 36 dashes', 'tasks', `2026-12-01|${'-'.repeat(36)}`],
    ])('refuses a cursor with %s on /api/%s, naming the cursor', async (_what, list, text) => {
      const separator = list.includes('?') ? '&' : '?';
      const res = await http()
        .get(`/api/${list}${separator}cursor=${cursor(text)}`)
        .set('Cookie', await cast.cookieOf('supervisor'));
      expect(res.status).toBe(400);
      expect(fieldsOf(res).map((f) => f.field)).toEqual(['cursor']);
    });
  });

  describe('what the fuzz test found', () => {
    it('names a path id that is not a UUID', async () => {
      const res = await http()
        .get(`/api/cases/${'-'.repeat(36)}`)
        .set('Cookie', await cast.cookieOf('supervisor'));
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual([{ field: 'caseId', message: 'must be a UUID' }]);
    });

    it('refuses a case or conflict check without its parties, naming them', async () => {
      const res = await postJson('/cases/conflict-check', '{}');
      expect(res.status).toBe(400);
      expect(new Set(fieldsOf(res).map((f) => f.field))).toEqual(new Set(['client', 'respondent']));
      const { intake: _, ...noIntake } = aCaseRequest();
      expect(fieldsOf(await openCase(noIntake)).map((f) => f.field)).toContain('intake');
    });

    it('names a property the API does not take, whatever characters its name holds', async () => {
      const res = await postJson('/cases/conflict-check', '{"a)(":1}');
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toContainEqual({
        field: 'a)(',
        message: 'property a)( should not exist',
      });
    });

    it('names the body when it is a JSON array, or not JSON at all', async () => {
      for (const text of ['[]', '{"a":']) {
        const res = await postJson('/auth/login', text, false);
        expect({ text, status: res.status, body: fieldsOf(res)[0]?.field }).toEqual({
          text,
          status: 400,
          body: 'body',
        });
      }
    });
  });
});
