#!/usr/bin/env node
// Fails when the web app's initial JavaScript exceeds its transfer budget (issue 7: 400 KB
// compressed). Angular's own budgets in apps/web/angular.json measure raw bytes; this checks what a
// browser downloads: every script index.html loads or preloads, gzip- and brotli-compressed.
//
//   node scripts/check-web-budget.mjs [dist/apps/web/browser] [--max-kb=400]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist/apps/web/browser');
const maxKb = Number(args.find((a) => a.startsWith('--max-kb='))?.split('=')[1] ?? 400);
const limit = maxKb * 1000;

let html;
try {
  html = readFileSync(join(dir, 'index.html'), 'utf8');
} catch {
  console.error(`check-web-budget: no index.html in ${dir}; build the web app first`);
  process.exit(1);
}

// The initial chunks: what index.html loads or preloads, and everything those import statically
// (Angular preloads only the first few; lazy routes are reached through `import(...)` only).
const entries = new Set();
for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
  const src = /\b(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
  const isScript = tag.startsWith('<script');
  const isPreload = /\brel="modulepreload"/.test(tag);
  if (src && (isScript || isPreload) && !/^[a-z]+:\/\//i.test(src)) {
    entries.add(src.replace(/^\//, ''));
  }
}
if (entries.size === 0) {
  console.error('check-web-budget: index.html names no script; is this an Angular build?');
  process.exit(1);
}
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'()]*?\bfrom\s*)?["']\.\/([\w.-]+\.js)["']/g;
const initial = new Set();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.shift();
  if (initial.has(file)) continue;
  initial.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  for (const [, dep] of code.matchAll(STATIC_IMPORT)) {
    if (!initial.has(dep)) queue.push(dep);
  }
}

let raw = 0;
let gzip = 0;
let brotli = 0;
const rows = [];
for (const file of [...initial].sort()) {
  const bytes = readFileSync(join(dir, file));
  const g = gzipSync(bytes, { level: 9 }).length;
  const b = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  raw += bytes.length;
  gzip += g;
  brotli += b;
  rows.push(
    `  ${file.padEnd(40)} ${kb(bytes.length).padStart(10)} ${kb(g).padStart(10)} ${kb(b).padStart(10)}`,
  );
}

function kb(n) {
  return `${(n / 1000).toFixed(1)} kB`;
}

console.log(`initial JavaScript of ${dir}:`);
console.log(
  `  ${'file'.padEnd(40)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`,
);
for (const row of rows) console.log(row);
console.log(
  `  ${'total'.padEnd(40)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)} ${kb(brotli).padStart(10)}`,
);

// Gzip is the compression every browser and proxy accepts, so it is the transfer size we hold to.
if (gzip > limit) {
  console.error(`check-web-budget: ${kb(gzip)} gzip is over the ${maxKb} kB budget`);
  process.exit(1);
}
console.log(`check-web-budget: ${kb(gzip)} gzip is within the ${maxKb} kB budget`);
