import request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { encodeCaseCursor } from './case-cursor';

type Item = { id: string; reference: string; stage: string };

const CAST = castOf('supervisor');

describe('caseload filters, search, sorts and the due-soon summary (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    t.clock.set(new Date('2026-11-23T15:00:00Z'));
    cast = await seedCast(t, CAST);
    await cast.signIn('supervisor');
  });

  const list = (query: Record<string, string | number>) =>
    request(t.app.getHttpServer())
      .get('/api/cases')
      .query(query)
      .set('Cookie', cast.cookie.supervisor);

  it('narrows by stage, order kind, court, locality and search, and counts what is due soon', async () => {
    const served = await insertCase(t.dataSource, cast.orgId, {
      stage: 'awaiting_service',
      orderKind: 'FA_PPO',
      courtId: 'VA-JDR-FAIRFAX',
      venueLocality: 'Fairfax County',
      nextDueOn: '2026-11-20',
      clientName: 'Wrenna Quillby',
    });
    const hearing = await insertCase(t.dataSource, cast.orgId, {
      stage: 'hearing_scheduled',
      orderKind: 'AOV_PPO',
      courtId: 'VA-GD-ROANOKE',
      venueLocality: 'Roanoke City',
      nextDueOn: '2026-11-27',
    });
    await insertCase(t.dataSource, cast.orgId, { stage: 'intake', nextDueOn: '2027-02-01' });

    const ids = async (query: Record<string, string>) => {
      const res = await list(query);
      expect(res.status).toBe(200);
      return (res.body.items as Item[]).map((i) => i.id);
    };
    expect(await ids({ stage: 'awaiting_service' })).toEqual([served.id]);
    expect(await ids({ orderKind: 'AOV_PPO' })).toEqual([hearing.id]);
    expect(await ids({ courtId: 'VA-JDR-FAIRFAX' })).toEqual([served.id]);
    expect(await ids({ locality: 'roanoke city' })).toEqual([hearing.id]);
    expect(await ids({ q: 'quillby' })).toEqual([served.id]);
    expect(await ids({ q: hearing.reference })).toEqual([hearing.id]);
    // LIKE metacharacters are text, not wildcards.
    expect(await ids({ q: '%_' })).toEqual([]);

    const all = await list({});
    expect(all.body.dueSoon).toEqual({ overdue: 1, dueWithin7Days: 1 });
    const narrowed = await list({ stage: 'hearing_scheduled' });
    expect(narrowed.body.dueSoon).toEqual({ overdue: 0, dueWithin7Days: 1 });

    // The counts are read with the page: a page past the caseload's end, or a search that
    // matches nothing, has no rows and still its caseload's counts.
    const pastTheEnd = encodeCaseCursor({
      sort: 'newest',
      key: '2000-01-01T00:00:00.000000Z',
      id: served.id,
    });
    const end = await list({ cursor: pastTheEnd });
    expect(end.status).toBe(200);
    expect(end.body).toEqual({
      items: [],
      nextCursor: null,
      dueSoon: { overdue: 1, dueWithin7Days: 1 },
      searchMatches: null,
    });
    const nothing = await list({ q: 'Nobody By This Name' });
    expect(nothing.status).toBe(200);
    expect(nothing.body).toEqual({
      items: [],
      nextCursor: null,
      dueSoon: { overdue: 0, dueWithin7Days: 0 },
      searchMatches: { count: 0, more: false },
    });
  });

  it('pages by next deadline with nothing-due last, never repeating or skipping a case', async () => {
    const dues = ['2026-12-03', null, '2026-11-30', '2026-12-03', null, '2026-11-24', '2026-12-10'];
    for (const nextDueOn of dues) {
      await insertCase(t.dataSource, cast.orgId, nextDueOn ? { nextDueOn } : {});
    }
    const seen: string[] = [];
    const order: Array<string | null> = [];
    let cursor: string | null = null;
    do {
      const res = await list({ sort: 'next_deadline', limit: 3, ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      for (const item of res.body.items as Item[]) seen.push(item.id);
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    expect(new Set(seen).size).toBe(dues.length);
    const rows = (await t.dataSource.query(
      "select id, to_char(next_due_on, 'YYYY-MM-DD') as due from case_file where id = any($1)",
      [seen],
    )) as Array<{ id: string; due: string | null }>;
    const dueOf = new Map(rows.map((r) => [r.id, r.due]));
    for (const id of seen) order.push(dueOf.get(id) ?? null);
    expect(order).toEqual([
      '2026-11-24',
      '2026-11-30',
      '2026-12-03',
      '2026-12-03',
      '2026-12-10',
      null,
      null,
    ]);
  });

  it('pages newest first across cases created within one millisecond', async () => {
    for (let i = 0; i < 5; i += 1) await insertCase(t.dataSource, cast.orgId);
    await t.dataSource.query(
      "update case_file set created_at = timestamptz '2026-11-23 10:00:00.123' + (random() * interval '0.0009 second')",
    );
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const res = await list({ limit: 2, ...(cursor ? { cursor } : {}) });
      for (const item of res.body.items as Item[]) seen.add(item.id);
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    expect(seen.size).toBe(5);
  });

  it('refuses an unknown sort or stage, and a cursor from another sort, naming the field', async () => {
    for (const [query, field] of [
      [{ sort: 'alphabetical' }, 'sort'],
      [{ stage: 'won' }, 'stage'],
      [{ q: 'x' }, 'q'],
    ] as const) {
      const res = await list(query);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain(field);
    }
    for (let i = 0; i < 3; i += 1) await insertCase(t.dataSource, cast.orgId);
    const first = await list({ limit: 1 });
    const res = await list({ sort: 'oldest', cursor: first.body.nextCursor as string });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('cursor');
  });
});
