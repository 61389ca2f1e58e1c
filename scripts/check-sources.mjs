// Every dependency installs from the npm registry through the lockfile (security-checks I2): no
// git, URL, file or linked source in package.json or package-lock.json, whose `resolved` entries
// all point at the registry. A source outside it would bypass the lockfile's integrity hashes.
import { readFileSync } from 'node:fs';

const REGISTRY = 'https://registry.npmjs.org/';
const root = new URL('../', import.meta.url);
const read = (file) => JSON.parse(readFileSync(new URL(file, root), 'utf8'));

/** The problems of a manifest's dependency specs and a lockfile's entries, one line each. */
export function sourceProblems(manifest, lock) {
  const problems = [];
  const kinds = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
  for (const kind of kinds) {
    for (const [name, spec] of Object.entries(manifest[kind] ?? {})) {
      if (/^(git\+|git:|github:|https?:|file:|link:)|\//.test(spec) && !spec.startsWith('npm:')) {
        problems.push(`package.json ${kind}.${name}: "${spec}" is not a registry version`);
      }
    }
  }
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (!path) continue;
    if (entry.link) problems.push(`${path}: a linked package, not one from the registry`);
    else if (entry.resolved !== undefined && !entry.resolved.startsWith(REGISTRY)) {
      problems.push(`${path}: resolved from ${entry.resolved}`);
    } else if (entry.resolved !== undefined && !entry.integrity) {
      problems.push(`${path}: no integrity hash`);
    }
  }
  return problems;
}

// `node scripts/check-sources.mjs [manifest] [lockfile]`: the project's own by default.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [manifest = 'package.json', lockfile = 'package-lock.json'] = process.argv.slice(2);
  const problems = sourceProblems(read(manifest), read(lockfile));
  if (problems.length > 0) {
    console.error(`dependency sources check failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`dependency sources: every package comes from ${REGISTRY} with an integrity hash`);
}
