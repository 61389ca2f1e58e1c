import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { RULE_SETS, RULES_VERSION } from '@haven/rules';

import { AppModule } from '@api/app.module';

import { LawChangeReviewService } from './law-change-review.service';
import { formatImpact } from './rules-impact-report';

/**
 * `npm run rules:impact [-- --rule-set 2026.2] [--organisation <id>]`: before a deployment, which
 * open cases a rule set would change, and how (old → new date, rule version). Each case is
 * recomputed in a transaction that is rolled back: nothing is stored and nothing is enqueued.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const ruleSet = option('rule-set') ?? RULES_VERSION;
  if (!RULE_SETS.includes(ruleSet)) {
    throw new Error(`unknown rule set ${ruleSet}: expected one of ${RULE_SETS.join(', ')}`);
  }
  // Every organisation's cases are read: an operator's act, as the schema owner (like the seed).
  if (process.env['DATABASE_OWNER_URL'])
    process.env['DATABASE_URL'] = process.env['DATABASE_OWNER_URL'];
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const reviews = app.get(LawChangeReviewService);
    const only = option('organisation');
    const organisations = (await dataSource.query(
      `select o.id, o.name, d.rules_set as "rulesSet" from organisation o
         left join rules_deployment d on d.organisation_id = o.id
        where $1::uuid is null or o.id = $1::uuid order by o.name, o.id`,
      [only ?? null],
    )) as Array<{ id: string; name: string; rulesSet: string | null }>;
    for (const org of organisations) {
      const impact = await reviews.dryRun(org.id, ruleSet);
      process.stdout.write(formatImpact(org, ruleSet, impact));
    }
  } finally {
    await app.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `rules:impact failed: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
