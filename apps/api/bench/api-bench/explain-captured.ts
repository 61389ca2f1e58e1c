import { readFileSync } from 'node:fs';

import { Client } from 'pg';

import { decodeValue, type CapturedStatement } from './capture-sql';

/**
 * `node -r @swc-node/register apps/api/bench/api-bench/explain-captured.ts <statements.json> <url>`:
 * for each endpoint `npm run bench:api` captured (tmp/bench-api/statements.json), replays its
 * statements as the API sent them (as `url`'s role, haven_app for row-level security) with every
 * data statement under EXPLAIN (ANALYZE, BUFFERS), and prints the endpoint's slowest plan, its
 * statement count and their summed execution time: the plans docs/performance.md quotes.
 */
const DATA = /^\s*(select|with)\b/i;
const SESSION = /set_config|from "user_session"|from "app_user"/i;

async function main(): Promise<void> {
  const [file, url] = process.argv.slice(2);
  if (!file || !url) throw new Error('usage: explain-captured.ts <statements.json> <database url>');
  const statements = JSON.parse(readFileSync(file, 'utf8')) as Record<string, CapturedStatement[]>;
  const only = process.env['EXPLAIN_ONLY'];
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    for (const [name, list] of Object.entries(statements)) {
      if (only && !name.includes(only)) continue;
      let total = 0;
      let slowest = { ms: -1, plan: '', text: '' };
      for (const s of list) {
        const values = s.values.map((v) => decodeValue(v, s.at, Date.now()));
        if (!DATA.test(s.text) || SESSION.test(s.text)) {
          await db.query(s.text, values);
          continue;
        }
        const { rows } = await db.query<{ 'QUERY PLAN': string }>(
          `explain (analyze, buffers) ${s.text}`,
          values,
        );
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0);
        total += ms;
        if (ms > slowest.ms) slowest = { ms, plan, text: s.text };
      }
      await db.query('rollback').catch(() => undefined);
      console.log(`### ${name}: ${list.length} statements, ${total.toFixed(1)} ms executing`);
      console.log(
        `\nSlowest (${slowest.ms.toFixed(1)} ms):\n\n\`\`\`sql\n${slowest.text.trim()}\n\`\`\``,
      );
      console.log(`\n\`\`\`\n${slowest.plan}\n\`\`\`\n`);
    }
  } finally {
    await db.end();
  }
}

main().catch((err: unknown) => {
  console.error('explain-captured failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
