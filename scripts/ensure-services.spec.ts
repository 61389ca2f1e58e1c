import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const script = join(__dirname, 'ensure-services.sh');

function run(env: Record<string, string>): { status: number | null; output: string } {
  // The owner URL is derived from DATABASE_URL unless the test gives one (npm test exports it).
  const inherited = { ...process.env };
  delete inherited['DATABASE_OWNER_URL'];
  const result = spawnSync('bash', [script], {
    env: { ...inherited, ...env },
    encoding: 'utf8',
    timeout: 25000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('scripts/ensure-services.sh', () => {
  it('fails, naming DATABASE_URL, when PostgreSQL does not answer there', () => {
    // Port 1 on loopback: nothing listens, and the script must not try to start a server there.
    const { status, output } = run({
      DATABASE_URL: 'postgres://postgres:secret-pw@127.0.0.1:1/haven',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('PostgreSQL does not answer at DATABASE_URL=');
    expect(output).not.toContain('secret-pw');
  });

  it('fails, naming REDIS_URL, when Redis does not answer there', () => {
    const { status, output } = run({ REDIS_URL: 'redis://127.0.0.1:1' });
    expect(status).not.toBe(0);
    expect(output).toContain('Redis does not answer at REDIS_URL=');
  });

  it('succeeds against the running services and creates the databases it needs', () => {
    const { status, output } = run({});
    expect({ status, output }).toEqual({
      status: 0,
      output: expect.stringContaining('services ready'),
    });
  });
});
