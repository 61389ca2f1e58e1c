import fc from 'fast-check';
import request from 'supertest';

import { aCaseRequest } from '@haven/testing';

import { virginiaDate } from '@api/common/clock/clock';
import { DrillEnvironment } from '@api/testing/fault-drills/drill-environment';

const DAY = 86_400_000;
const COMMANDS = Number(process.env['DRILL_G8_COMMANDS'] ?? 150);

/** What the commands share: the two APIs, and the cases and orders created so far. */
interface World {
  env: DrillEnvironment;
  apis: Array<{ url: string; cookie: string }>;
  user: { email: string; password: string };
  cases: string[];
  orders: Array<{ caseId: string; orderId: string }>;
  statuses: number[];
}

type Model = Record<string, never>;

function pick<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** One random operation (Jepsen-style generator; the checker, not a model, judges the result). */
abstract class Op {
  abstract run(model: Model, world: World): Promise<void>;
  abstract toString(): string;
}

class OpenCase extends Op {
  constructor(readonly api: number) {
    super();
  }
  async run(_: Model, w: World): Promise<void> {
    const a = pick(w.apis, this.api);
    const res = await request(a.url)
      .post('/api/cases')
      .set('Cookie', a.cookie)
      .send(aCaseRequest());
    w.statuses.push(res.status);
    if (res.status === 201) w.cases.push(res.body.id as string);
  }
  toString(): string {
    return `open(api${this.api})`;
  }
}

class RecordOrder extends Op {
  constructor(
    readonly api: number,
    readonly pick: number,
    readonly kind: 'FA_PO' | 'FA_PPO' | 'FA_EPO',
  ) {
    super();
  }
  async run(_: Model, w: World): Promise<void> {
    if (w.cases.length === 0) return;
    const a = pick(w.apis, this.api);
    const caseId = pick(w.cases, this.pick);
    const res = await request(a.url)
      .post(`/api/cases/${caseId}/orders`)
      .set('Cookie', a.cookie)
      .send({
        kind: this.kind,
        issuedOn: virginiaDate(w.env.clock.now()),
        issuingCourtId: 'jdr',
        issuingCourtKind: this.kind === 'FA_EPO' ? 'MAG' : 'JDR',
        issuingLocality: 'Fairfax County',
      });
    w.statuses.push(res.status);
    if (res.status === 201) w.orders.push({ caseId, orderId: res.body.id as string });
  }
  toString(): string {
    return `order(api${this.api}, case#${this.pick}, ${this.kind})`;
  }
}

class DissolveOrder extends Op {
  constructor(
    readonly api: number,
    readonly pick: number,
  ) {
    super();
  }
  async run(_: Model, w: World): Promise<void> {
    if (w.orders.length === 0) return;
    const a = pick(w.apis, this.api);
    const { caseId, orderId } = pick(w.orders, this.pick);
    const res = await request(a.url)
      .post(`/api/cases/${caseId}/orders/${orderId}/dissolve`)
      .set('Cookie', a.cookie)
      .send({ dissolvedOn: virginiaDate(w.env.clock.now()) });
    w.statuses.push(res.status);
  }
  toString(): string {
    return `dissolve(api${this.api}, order#${this.pick})`;
  }
}

class AdvanceClock extends Op {
  constructor(readonly days: number) {
    super();
  }
  async run(_: Model, w: World): Promise<void> {
    w.env.clock.advance(this.days * DAY);
    // Sessions expire on the same clock (30 min idle): sign in again, as a person would.
    for (const api of w.apis) api.cookie = await w.env.signIn(api.url, w.user);
  }
  toString(): string {
    return `advance(${this.days}d)`;
  }
}

describe('G8: two API and two worker processes, random fact changes', () => {
  let env: DrillEnvironment;
  let world: World;

  beforeAll(async () => {
    env = await DrillEnvironment.start('g8');
    await Promise.all([env.startWorker(), env.startWorker()]);
    const user = await env.seedUser({ role: 'supervisor' });
    const started = await Promise.all([env.startApi(), env.startApi()]);
    const apis = await Promise.all(
      started.map(async ({ url }) => ({ url, cookie: await env.signIn(url, user) })),
    );
    world = { env, apis, user, cases: [], orders: [], statuses: [] };
  });
  afterAll(async () => {
    await env.close();
  });

  it('creates every task exactly once', async () => {
    const seed = Number(process.env['DRILL_SEED'] ?? Date.now() % 2 ** 31);
    console.log(`[g8] seed ${seed} (rerun with DRILL_SEED=${seed}), ${COMMANDS} commands`);
    const op = fc.oneof(
      { weight: 3, arbitrary: fc.nat(1).map((api): Op => new OpenCase(api)) },
      {
        weight: 4,
        arbitrary: fc
          .tuple(
            fc.nat(1),
            fc.nat(1000),
            fc.constantFrom('FA_PO', 'FA_PPO', 'FA_EPO') as fc.Arbitrary<
              'FA_PO' | 'FA_PPO' | 'FA_EPO'
            >,
          )
          .map(([api, pick, kind]): Op => new RecordOrder(api, pick, kind)),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.nat(1), fc.nat(1000))
          .map(([api, pick]): Op => new DissolveOrder(api, pick)),
      },
      {
        weight: 1,
        arbitrary: fc.integer({ min: 0, max: 20 }).map((days): Op => new AdvanceClock(days)),
      },
    );
    const [ops] = fc.sample(fc.array(op, { minLength: COMMANDS, maxLength: COMMANDS }), {
      seed,
      numRuns: 1,
    });
    // Up to three operations at a time, spread over both APIs, while both workers deliver; a
    // clock move runs alone (sessions are renewed after it).
    let group: Op[] = [];
    const flush = async () => {
      await Promise.all(group.map((o) => o.run({}, world)));
      group = [];
    };
    for (const o of ops ?? []) {
      if (o instanceof AdvanceClock) {
        await flush();
        await o.run({}, world);
      } else {
        group.push(o);
        if (group.length === 3) await flush();
      }
    }
    await flush();
    const tally: Record<number, number> = {};
    for (const status of world.statuses) tally[status] = (tally[status] ?? 0) + 1;
    console.log(`[g8] response statuses ${JSON.stringify(tally)}`);
    expect(world.statuses.filter((s) => s >= 500 || s === 401)).toEqual([]);

    // Everything the facts planned falls due within a year and a half; deliver all of it.
    env.clock.advance(550 * DAY);
    const report = await env.settleAndCheck(150_000);
    console.log(
      `[g8] ${world.cases.length} cases, ${world.orders.length} orders, ${report.followups} follow-ups, ${report.tasks} tasks`,
    );
    expect(report).toMatchObject({ missing: [], doubled: [], stale: [] });
  });
});
