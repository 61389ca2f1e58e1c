// The registry this project's machines reach serves only the Linux builds of platform-specific
// optional packages (darwin/win32/... answer 404), so npm writes a lockfile without them, and
// `npm ci` then refuses that lockfile as out of sync. This adds the missing optional entries with
// their os/cpu/libc, so `npm ci` skips them here and installs them by name on other platforms.
// Run it after every `npm install` that changes the lockfile (the test suite checks it).
import { readFileSync, writeFileSync } from 'node:fs';

const OS = [
  'darwin',
  'linux',
  'win32',
  'android',
  'freebsd',
  'openbsd',
  'openharmony',
  'sunos',
  'netbsd',
  'aix',
];
const CPU = {
  arm64: 'arm64',
  x64: 'x64',
  ia32: 'ia32',
  arm: 'arm',
  ppc64: 'ppc64',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
};

function platformOf(name) {
  const tokens = name.split('/').pop().split('-');
  const os = OS.find((o) => tokens.includes(o));
  const cpuToken = tokens.find((t) => t in CPU);
  if (!os || !cpuToken) return null;
  const platform = { os: [os], cpu: [CPU[cpuToken]] };
  if (os === 'linux') {
    if (tokens.some((t) => t.startsWith('musl'))) platform.libc = ['musl'];
    else if (tokens.some((t) => t.startsWith('gnu'))) platform.libc = ['glibc'];
  }
  return platform;
}

const checkOnly = process.argv.includes('--check');
const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ''}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    packages[hoisted] = {
      version,
      ...(entry.dev || entry.devOptional ? { dev: true } : {}),
      optional: true,
      ...platform,
    };
    added += 1;
  }
}
if (checkOnly && added > 0) {
  console.error(
    `package-lock.json lacks ${added} platform-specific optional entries: run node scripts/complete-lockfile.mjs`,
  );
  process.exit(1);
}
if (added > 0) writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added === 0 ? 'lockfile complete' : `added ${added} platform-specific optional entries`,
);
