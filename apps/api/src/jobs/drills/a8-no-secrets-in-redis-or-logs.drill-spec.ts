import request from 'supertest';

import { aCaseRequest, SEEDED_SECRETS } from '@haven/testing';

import { CLEAN_REPORT, DrillEnvironment } from '@api/testing/fault-drills/drill-environment';

const SECRETS = Object.values(SEEDED_SECRETS);

describe("A8: no confidential value in Redis or in the processes' logs", () => {
  let env: DrillEnvironment;

  beforeAll(async () => {
    env = await DrillEnvironment.start('a8', { env: { LOG_LEVEL: 'debug' } });
  });
  afterAll(async () => {
    await env.close();
  });

  it('keeps the seeded secrets out of every key in Redis and every log line', async () => {
    await env.startWorker();
    const { url } = await env.startApi();
    const cookie = await env.signIn(url, await env.seedUser());
    const client = { fullName: 'Invented Client', ...SEEDED_SECRETS };
    for (let i = 0; i < 10; i += 1) {
      const res = await request(url)
        .post('/api/cases')
        .set('Cookie', cookie)
        .send(aCaseRequest({ client }));
      expect(res.status).toBe(201);
    }
    // A refused request carrying the secrets must not echo them into a log either.
    const refused = await request(url)
      .post('/api/cases')
      .set('Cookie', cookie)
      .send({ ...aCaseRequest({ client }), organizationId: SEEDED_SECRETS.phone });
    expect(refused.status).toBe(400);

    const report = await env.settleAndCheck();
    expect(report).toMatchObject(CLEAN_REPORT);
    expect(report.tasks).toBeGreaterThanOrEqual(10);

    const redis = env.redis.client();
    const keys = await redis.keys('*');
    let dump = '';
    for (const key of keys) {
      const type = await redis.type(key);
      if (type === 'string') dump += await redis.get(key);
      else if (type === 'hash') dump += JSON.stringify(await redis.hgetall(key));
      else if (type === 'list') dump += JSON.stringify(await redis.lrange(key, 0, -1));
      else if (type === 'set') dump += JSON.stringify(await redis.smembers(key));
      else if (type === 'zset') dump += JSON.stringify(await redis.zrange(key, 0, -1));
      else if (type === 'stream') dump += JSON.stringify(await redis.xrange(key, '-', '+'));
    }
    expect(keys.some((k) => k.startsWith('haven:followups:fu-'))).toBe(true);
    expect(dump).toContain('followupId');
    for (const secret of SECRETS) expect(dump).not.toContain(secret);

    const logs = env.allLogs();
    expect(logs).toMatch(/follow-up \S+ v1 for case \S+: .*created/);
    for (const secret of SECRETS) expect(logs).not.toContain(secret);
  });
});
