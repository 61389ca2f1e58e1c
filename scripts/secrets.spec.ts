import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

// A base64 key is 44 characters for 32 bytes; anything like it assigned to a key variable is a leak.
const KEY_ASSIGNMENT =
  /(DATA_ENCRYPTION_KEYS|BLIND_INDEX_KEY)\s*[=:]\s*['"]?([A-Za-z0-9_-]{1,32}:)?[A-Za-z0-9+/]{40,}={0,2}/;

describe('no key material in the repository (security-checks D4)', () => {
  const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);

  it('does not track the generated development keys', () => {
    expect(tracked).not.toContain('.haven-dev-keys');
  });

  it('assigns no real-looking key to a key variable in any tracked file', () => {
    const leaks = tracked
      .filter((file) => !/\.(png|jpg|ico|woff2?)$/.test(file) && file !== 'package-lock.json')
      .filter((file) => KEY_ASSIGNMENT.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(leaks).toEqual([]);
  });
});
