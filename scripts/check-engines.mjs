// Every installed package's `engines.node` must accept the Node versions Haven supports (20.19+),
// so a user on the documented minimum never meets an EBADENGINE surprise at run time.
import { readFileSync } from 'node:fs';
import semver from 'semver';

const SUPPORTED = ['20.19.0', process.versions.node];
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const refused = [];
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  const range = entry.engines?.node;
  if (!path || !range) continue;
  for (const version of SUPPORTED) {
    if (!semver.satisfies(version, range))
      refused.push(`${path} (${entry.version}) needs node ${range}, refuses ${version}`);
  }
}
if (refused.length > 0) {
  console.error(`engines check failed:\n  ${refused.join('\n  ')}`);
  process.exit(1);
}
console.log(`engines check: every package accepts node ${SUPPORTED.join(' and ')}`);
