import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import ICAL from 'ical.js';
import request from 'supertest';
import type { DataSource } from 'typeorm';

import { seedScale, type SeedScaleResult } from '../../bench/seed-scale';
import { createDataSource } from '@api/database/data-source';
import { cipherFromEnv, signIn, truncateAll } from '@api/testing/db-fixtures';
import { MutableClock } from '@api/testing/mutable-clock';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const MARKERS = {
  clientName: 'Zephyrine Markerclient',
  clientAddress: '77 Markerstreet Hollow, Markertown',
  clientPhone: '540-555-0177',
  respondentName: 'Quorran Markerrespondent',
  continuance: 'Marker continuance reason naming Zephyrine',
  locality: 'Markerlocality County',
};

describe('calendar feeds (security-checks E4), as the application role', () => {
  let t: TestApp;
  let owner: DataSource;
  let seeded: SeedScaleResult;
  let advocate: { email: string; id: string };
  let cookie: string;
  let markedCase: { id: string; reference: string };
  let dstCase: { id: string; reference: string };
  const server = () => t.app.getHttpServer() as Parameters<typeof request>[0];

  beforeAll(async () => {
    const clock = new MutableClock(new Date('2027-03-01T15:00:00Z'));
    t = await createTestApp(clock, { asApplicationRole: true });
    owner = await createDataSource(process.env['DATABASE_URL'] ?? '').initialize();
    await truncateAll(owner);
    seeded = await seedScale({
      databaseUrl: process.env['DATABASE_URL'] ?? '',
      cases: 80,
      secondOrganisationCases: 20,
      advocates: 4,
      supervisors: 2,
      now: clock.now(),
      keys: {
        dataEncryptionKeys: process.env['DATA_ENCRYPTION_KEYS'] ?? '',
        dataEncryptionKeyId: process.env['DATA_ENCRYPTION_KEY_ID'] ?? '',
        blindIndexKey: process.env['BLIND_INDEX_KEY'] ?? '',
      },
    });
    // The advocate with the most upcoming hearings, and one of those cases to plant markers in.
    const [row] = (await owner.query(
      `select u.id, u.email, c.id as "caseId", c.reference, c.client_id as "clientId",
              c.respondent_id as "respondentId"
         from hearing h join case_file c on c.id = h.case_id
         join case_assignment a on a.case_id = c.id join app_user u on u.id = a.user_id
        where c.organisation_id = $1 and c.closed_on is null and h.outcome is null
          and h.scheduled_on >= '2027-03-01'
        order by h.scheduled_on, c.id limit 1`,
      [seeded.organisation.id],
    )) as Array<{
      id: string;
      email: string;
      caseId: string;
      reference: string;
      clientId: string;
      respondentId: string;
    }>;
    if (!row) throw new Error('the seed has no upcoming hearing');
    advocate = { id: row.id, email: row.email };
    markedCase = { id: row.caseId, reference: row.reference };
    const cipher = cipherFromEnv();
    await owner.query(
      `update client set full_name = $2, name_key = lower($2), address_enc = $3, phone_enc = $4
        where id = $1`,
      [
        row.clientId,
        MARKERS.clientName,
        cipher.encrypt(MARKERS.clientAddress, `client:${row.clientId}:address`),
        cipher.encrypt(MARKERS.clientPhone, `client:${row.clientId}:phone`),
      ],
    );
    await owner.query(`update respondent set full_name = $2 where id = $1`, [
      row.respondentId,
      MARKERS.respondentName,
    ]);
    await owner.query(`update case_file set venue_locality = $2 where id = $1`, [
      row.caseId,
      MARKERS.locality,
    ]);
    await owner.query(`update petition set court_locality = $2 where case_id = $1`, [
      row.caseId,
      MARKERS.locality,
    ]);
    await owner.query(
      `update hearing set continuance_reason = $2 where case_id = $1 and outcome = 'continued'`,
      [row.caseId, MARKERS.continuance],
    );
    // Hearings either side of the spring-forward change (Sunday 2027-03-14) and an all-day task.
    const [dst] = (await owner.query(
      `select id, reference from case_file c
        where organisation_id = $1 and closed_on is null
          and exists (select 1 from case_assignment a where a.case_id = c.id and a.user_id = $2)
          and id <> $3
        order by id limit 1`,
      [seeded.organisation.id, advocate.id, markedCase.id],
    )) as Array<{ id: string; reference: string }>;
    if (!dst) throw new Error('the advocate has one case only');
    dstCase = dst;
    for (const on of ['2027-03-12', '2027-03-15'])
      await owner.query(
        `insert into hearing (organisation_id, case_id, kind, scheduled_on, scheduled_time)
         values ($1, $2, 'final_trial', $3, '09:30')`,
        [seeded.organisation.id, dst.id, on],
      );
    await owner.query(
      `insert into task (organisation_id, case_id, title, due_on, assignee_id, assignee_slot)
       values ($1, $2, 'Call the clerk about the order', '2027-03-14', $3, 'manual')`,
      [seeded.organisation.id, dst.id, advocate.id],
    );
    cookie = await signIn(server(), { email: advocate.email, password: seeded.password });
  }, 120_000);

  afterAll(async () => {
    await truncateAll(owner);
    await owner.destroy();
    await t.close();
  });

  async function createFeed(as = cookie): Promise<{ id: string; path: string }> {
    const res = await request(server()).post('/api/calendar-feeds').set('Cookie', as);
    expect(res.status).toBe(201);
    return res.body as { id: string; path: string };
  }

  function parse(ics: string): ICAL.Component[] {
    return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  }

  it('creates a feed whose token has at least 128 bits and is stored only as its hash', async () => {
    const feed = await createFeed();
    const token = /^\/api\/calendar-feed\/([A-Za-z0-9_-]+)\.ics$/.exec(feed.path)?.[1] ?? '';
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    const [stored] = (await owner.query(`select token_hash from calendar_feed where id = $1`, [
      feed.id,
    ])) as Array<{ token_hash: string }>;
    expect(stored?.token_hash).not.toContain(token);
    expect(stored?.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const list = await request(server()).get('/api/calendar-feeds').set('Cookie', cookie);
    expect(list.status).toBe(200);
    expect(list.body.feeds.map((f: { id: string }) => f.id)).toContain(feed.id);
    expect(JSON.stringify(list.body)).not.toContain(token);
  });

  it('serves a strict iCalendar with hearings in UTC across a DST change and all-day dates', async () => {
    const feed = await createFeed();
    const res = await request(server()).get(feed.path);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-type']).toMatch(/^text\/calendar; charset=utf-8/);
    const ics = res.text;
    // RFC 5545: CRLF line ends, no line over 75 octets.
    expect(ics.endsWith('\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const events = parse(ics);
    for (const e of events) {
      for (const p of ['uid', 'dtstamp', 'dtstart', 'summary'])
        expect(e.getFirstPropertyValue(p)).not.toBeNull();
    }
    const hearings = events
      .filter((e) =>
        String(e.getFirstPropertyValue('summary')).startsWith(`${dstCase.reference}: Final`),
      )
      .map((e) => e.getFirstPropertyValue('dtstart') as ICAL.Time);
    expect(hearings.map((d) => d.toString())).toEqual([
      '2027-03-12T14:30:00Z',
      '2027-03-15T13:30:00Z',
    ]);
    // Both are 09:30 at the court, before and after the clocks go forward.
    const eastern = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/New_York',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    expect(hearings.map((d) => eastern.format(d.toJSDate()))).toEqual(['09:30', '09:30']);
    const taskDays = events
      .filter((e) => e.getFirstPropertyValue('summary') === `${dstCase.reference}: Task due`)
      .map((e) => e.getFirstPropertyValue('dtstart') as ICAL.Time);
    expect(taskDays.every((d) => d.isDate)).toBe(true);
    expect(taskDays.map((d) => d.toString())).toContain('2027-03-14');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270314');
  });

  it('carries case references and event kinds only: no name, address, phone or court text', async () => {
    const feed = await createFeed();
    const ics = (await request(server()).get(feed.path)).text;
    expect(ics).toContain(markedCase.reference);
    const unfolded = ics.replace(/\r\n /g, '');
    for (const marker of [...Object.values(MARKERS), 'Zephyrine', 'Quorran', 'Markerstreet'])
      expect(unfolded.toLowerCase()).not.toContain(marker.toLowerCase());
    for (const e of parse(ics)) {
      const summary = String(e.getFirstPropertyValue('summary'));
      const description = String(e.getFirstPropertyValue('description'));
      expect(summary).toMatch(/^HV-\d{4}-\d{4}: [A-Za-z ]+$/);
      expect(description).toMatch(/^Case HV-\d{4}-\d{4}\. [A-Za-z ]+\.$/);
      expect(e.getFirstPropertyValue('location')).toBeNull();
    }
  });

  it("never carries another organisation's cases, nor an advocate's unassigned ones", async () => {
    const feed = await createFeed();
    const ics = (await request(server()).get(feed.path)).text;
    const references = new Set(
      parse(ics).map((e) => String(e.getFirstPropertyValue('summary')).split(':')[0]),
    );
    const visible = (await owner.query(
      `select c.reference from case_file c join case_assignment a on a.case_id = c.id
        where a.user_id = $1`,
      [advocate.id],
    )) as Array<{ reference: string }>;
    const mine = new Set(visible.map((r) => r.reference));
    expect(references.size).toBeGreaterThan(0);
    for (const r of references) expect(mine.has(r ?? '')).toBe(true);
    // References repeat across organisations (HV-year-number); the ids in UIDs do not.
    const uids = parse(ics).map((e) => String(e.getFirstPropertyValue('uid')));
    const foreign = (await owner.query(
      `select count(*)::int as n from (
         select id from hearing where organisation_id = $1
         union all select id from case_deadline where organisation_id = $1
         union all select id from task where organisation_id = $1) x
        where x.id::text = any($2)`,
      [
        seeded.secondOrganisation.id,
        uids.map((u) => u.replace(/^\w+-/, '').replace(/@haven$/, '')),
      ],
    )) as Array<{ n: number }>;
    expect(foreign[0]?.n).toBe(0);
  });

  it('answers 404 for a revoked, unknown or malformed token, the same way', async () => {
    const feed = await createFeed();
    expect((await request(server()).get(feed.path)).status).toBe(200);
    const revoke = await request(server())
      .delete(`/api/calendar-feeds/${feed.id}`)
      .set('Cookie', cookie);
    expect(revoke.status).toBe(204);
    const revoked = await request(server()).get(feed.path);
    const unknown = await request(server()).get(
      `/api/calendar-feed/${Buffer.alloc(32, 7).toString('base64url')}.ics`,
    );
    const malformed = await request(server()).get('/api/calendar-feed/not-a-token');
    for (const res of [revoked, unknown, malformed]) {
      expect(res.status).toBe(404);
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(res.body.error ?? res.body.code).toBe(revoked.body.error ?? revoked.body.code);
    }
    const again = await request(server())
      .delete(`/api/calendar-feeds/${feed.id}`)
      .set('Cookie', cookie);
    expect(again.status).toBe(404);
    const list = await request(server()).get('/api/calendar-feeds').set('Cookie', cookie);
    expect(list.body.feeds.map((f: { id: string }) => f.id)).not.toContain(feed.id);
  });

  it('audits creating and revoking a feed once each, naming the feed by id, never its token (security-checks F1)', async () => {
    const actionCount = async (action: string): Promise<number> => {
      const [row] = (await owner.query(
        'select count(*)::int as n from audit_event where action = $1',
        [action],
      )) as [{ n: number }];
      return row.n;
    };
    const createdBefore = await actionCount('calendar_feed_created');
    const feed = await createFeed();
    const token = /calendar-feed\/([^.]+)\.ics/.exec(feed.path)?.[1] ?? '';
    expect(await actionCount('calendar_feed_created')).toBe(createdBefore + 1);

    const revokedBefore = await actionCount('calendar_feed_revoked');
    const revoke = () =>
      request(server()).delete(`/api/calendar-feeds/${feed.id}`).set('Cookie', cookie);
    expect((await revoke()).status).toBe(204);
    expect((await revoke()).status).toBe(404);
    expect(await actionCount('calendar_feed_revoked')).toBe(revokedBefore + 1);

    const rows = (await owner.query(
      `select action, organisation_id as "organisationId", actor_user_id as "actorUserId",
              target_type as "targetType", target_id as "targetId", request_id as "requestId", ip,
              occurred_at as "occurredAt", row_to_json(a)::text as "whole"
         from audit_event a
        where action in ('calendar_feed_created', 'calendar_feed_revoked') and target_id = $1
        order by id`,
      [feed.id],
    )) as Array<Record<string, unknown> & { whole: string }>;
    expect(rows).toEqual(
      ['calendar_feed_created', 'calendar_feed_revoked'].map((action) =>
        expect.objectContaining({
          action,
          organisationId: seeded.organisation.id,
          actorUserId: advocate.id,
          targetType: 'calendar_feed',
          targetId: feed.id,
          requestId: expect.any(String),
          ip: expect.any(String),
          occurredAt: expect.any(Date),
        }),
      ),
    );
    const tokenHash = createHash('sha256').update(token).digest('hex');
    for (const row of rows) {
      expect(row.whole).not.toContain(token);
      expect(row.whole).not.toContain(tokenHash);
    }
    const [anywhere] = (await owner.query(
      `select count(*)::int as n from audit_event a where strpos(row_to_json(a)::text, $1) > 0`,
      [token],
    )) as [{ n: number }];
    expect(anywhere.n).toBe(0);
  });

  it("does not let another user revoke or list a user's feed", async () => {
    const feed = await createFeed();
    const [otherEmail] = seeded.organisation.advocateEmails.filter((e) => e !== advocate.email);
    const other = await signIn(server(), { email: otherEmail ?? '', password: seeded.password });
    const res = await request(server())
      .delete(`/api/calendar-feeds/${feed.id}`)
      .set('Cookie', other);
    expect(res.status).toBe(404);
    const list = await request(server()).get('/api/calendar-feeds').set('Cookie', other);
    expect(list.body.feeds.map((f: { id: string }) => f.id)).not.toContain(feed.id);
    expect((await request(server()).get(feed.path)).status).toBe(200);
  });

  it('serves parallel requests for several feeds, each its own user’s, identical per feed', async () => {
    const mine = await createFeed();
    const [otherEmail] = seeded.organisation.advocateEmails.filter((e) => e !== advocate.email);
    const theirs = await createFeed(
      await signIn(server(), { email: otherEmail ?? '', password: seeded.password }),
    );
    const paths = Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? mine.path : theirs.path));
    const answers = await Promise.all(paths.map((p) => request(server()).get(p)));
    expect(answers.map((a) => a.status)).toEqual(paths.map(() => 200));
    const bodies = new Map<string, Set<string>>();
    answers.forEach((a, i) => {
      const set = bodies.get(paths[i] ?? '') ?? new Set<string>();
      set.add(a.text);
      bodies.set(paths[i] ?? '', set);
    });
    expect(bodies.get(mine.path)?.size).toBe(1);
    expect(bodies.get(theirs.path)?.size).toBe(1);
    expect([...(bodies.get(mine.path) ?? [])][0]).not.toBe([...(bodies.get(theirs.path) ?? [])][0]);
  });

  it('never writes a feed token to the request log', async () => {
    const feed = await createFeed();
    const token = /calendar-feed\/([^.]+)\.ics/.exec(feed.path)?.[1] ?? '';
    expect((await request(server()).get(feed.path)).status).toBe(200);
    const file = process.env['LOG_FILE'];
    if (!file) throw new Error('globalSetup sets LOG_FILE');
    // pino writes asynchronously; wait until this request's line is in the file.
    let log = '';
    for (let i = 0; i < 50 && !log.includes('/api/calendar-feed/[redacted]'); i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      log = readFileSync(file, 'utf8');
    }
    expect(log).toContain('/api/calendar-feed/[redacted]');
    expect(log).not.toContain(token);
  });
});
