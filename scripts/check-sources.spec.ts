import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, 'check-sources.mjs');

function check(manifest?: object, lock?: object) {
  const args = [SCRIPT];
  if (manifest && lock) {
    const dir = mkdtempSync(join(tmpdir(), 'haven-sources-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
    args.push(join(dir, 'package.json'), join(dir, 'package-lock.json'));
  }
  return spawnSync(process.execPath, args, { encoding: 'utf8' });
}

const registryEntry = {
  version: '1.0.0',
  resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.0.0.tgz',
  integrity: 'sha512-abc',
};

describe('scripts/check-sources.mjs (security-checks I2)', () => {
  it("finds every one of the project's dependencies in the registry, with an integrity hash", () => {
    const result = check();
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it.each([
    ['a git dependency', { dependencies: { a: 'git+https://example.org/a.git' } }, {}],
    ['a GitHub shorthand', { dependencies: { a: 'someone/a' } }, {}],
    ['a tarball URL', { devDependencies: { a: 'https://example.org/a.tgz' } }, {}],
    ['a local file', { dependencies: { a: 'file:../a' } }, {}],
    [
      'a lockfile entry resolved outside the registry',
      {},
      { 'node_modules/a': { ...registryEntry, resolved: 'https://example.org/a.tgz' } },
    ],
    ['a linked package', {}, { 'node_modules/a': { link: true, resolved: 'packages/a' } }],
    [
      'an entry without integrity',
      {},
      { 'node_modules/a': { ...registryEntry, integrity: undefined } },
    ],
  ])('refuses %s, naming it', (_, manifest, packages) => {
    const result = check(manifest, { packages: { '': {}, ...packages } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/dependency sources check failed:\n {2}\S/);
  });

  it('accepts registry versions and npm aliases', () => {
    const result = check(
      { dependencies: { a: '1.0.0', b: 'npm:@scope/b@2.0.0' } },
      { packages: { '': {}, 'node_modules/a': registryEntry } },
    );
    expect(result.status).toBe(0);
  });
});
