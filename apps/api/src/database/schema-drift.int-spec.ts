import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { sqlIdentifier } from '@api/common/sql/sql-identifier';

import { dataSourceOptions } from './data-source';

/**
 * The migrations are the only path that changes the schema; the entities describe the same schema
 * to TypeORM. If they disagree, `synchronize` or `migration:generate` would emit SQL, and code
 * that trusts an entity (a relation, a unique key, a default) would be wrong about the database
 * (security-checks H1). globalSetup built the test database with the real migrations.
 */
describe('schema drift between entities and migrations (security-checks H1)', () => {
  const scratch = `haven_test_drift_sync_${process.pid}`;
  let migrated: DataSource;
  let synced: DataSource;

  beforeAll(async () => {
    migrated = await new DataSource(dataSourceOptions(databaseUrl())).initialize();
    await recreate(scratch);
    synced = await new DataSource({
      ...dataSourceOptions(databaseUrl(scratch)),
      migrations: [],
    }).initialize();
  });
  afterAll(async () => {
    await migrated?.destroy();
    await synced?.destroy();
    await drop(scratch);
  });

  it('has nothing for the schema builder to change on the migrated database', async () => {
    const sql = await migrated.driver.createSchemaBuilder().log();
    const pending = sql.upQueries.map((q) => q.query.replace(/\s+/g, ' ').trim());
    expect(pending).toEqual([]);
  });

  it('changes nothing in the schema by merely connecting (no extension installed)', async () => {
    // TypeORM's default would `create extension "uuid-ossp"` on every connection: a schema change
    // outside the migrations. gen_random_uuid() is built into PostgreSQL 13+.
    expect(await extensions(synced)).toEqual(['plpgsql']);
  });

  it('builds from the entities the same columns, constraints and indexes as the migrations', async () => {
    // TypeORM compares checks, foreign keys and composite uniques by name only, and ignores an
    // index's WHERE: so build the entities' schema in a scratch database and let PostgreSQL print
    // both catalogues in its own normal form.
    await synced.synchronize();
    const tables = migrated.entityMetadatas.map((m) => m.tableName);
    const fromMigrations = await catalogue(migrated, tables);
    const fromEntities = await catalogue(synced, tables);
    const onlyInMigrations = fromMigrations.filter((line) => !fromEntities.includes(line));
    const onlyInEntities = fromEntities.filter((line) => !fromMigrations.includes(line));
    const explained = (side: Side) => (line: string) =>
      KNOWN_DIFFERENCES.some((d) => d.side === side && d.line === line);

    expect({
      onlyInMigrations: onlyInMigrations.filter((line) => !explained('migrations')(line)),
      onlyInEntities: onlyInEntities.filter((line) => !explained('entities')(line)),
    }).toEqual({ onlyInMigrations: [], onlyInEntities: [] });
    // An exclusion that no longer matches anything must go, so the list stays the exact truth.
    const stale = KNOWN_DIFFERENCES.filter(
      (d) => !(d.side === 'migrations' ? onlyInMigrations : onlyInEntities).includes(d.line),
    );
    expect(stale).toEqual([]);
  });
});

type Side = 'migrations' | 'entities';

/**
 * What entity metadata cannot say, line by line and with the reason; any other difference fails.
 * Triggers (audit_event), row-level security policies and grants are outside TypeORM's model
 * altogether, so they are not in either catalogue; migrations.int-spec.ts and the tenancy tests
 * check them.
 */
const ON_DELETE_SET_NULL_COLUMNS =
  'the migration says `on delete set null (<id column>)`, so PostgreSQL clears only the id and ' +
  "never the not-null organisation_id; TypeORM's onDelete has no column list and reads it as SET NULL";
const KNOWN_DIFFERENCES: Array<{ side: Side; line: string; why: string }> = [
  {
    side: 'migrations',
    line: 'constraint task.tr_task_board_insert_at_commit TRIGGER DEFERRABLE INITIALLY DEFERRED',
    why: "a deferred trigger (the board refresh at a delivery's commit), which PostgreSQL lists as a constraint and an entity cannot declare",
  },
  {
    side: 'migrations',
    line: 'constraint hearing.fk_hearing_continued_from FOREIGN KEY (continued_from_id, organisation_id) REFERENCES hearing(id, organisation_id) ON DELETE SET NULL (continued_from_id)',
    why: ON_DELETE_SET_NULL_COLUMNS,
  },
  {
    side: 'entities',
    line: 'constraint hearing.fk_hearing_continued_from FOREIGN KEY (continued_from_id, organisation_id) REFERENCES hearing(id, organisation_id) ON DELETE SET NULL',
    why: ON_DELETE_SET_NULL_COLUMNS,
  },
  {
    side: 'migrations',
    line: 'constraint hearing.fk_hearing_order FOREIGN KEY (order_id, organisation_id) REFERENCES protective_order(id, organisation_id) ON DELETE SET NULL (order_id)',
    why: ON_DELETE_SET_NULL_COLUMNS,
  },
  {
    side: 'entities',
    line: 'constraint hearing.fk_hearing_order FOREIGN KEY (order_id, organisation_id) REFERENCES protective_order(id, organisation_id) ON DELETE SET NULL',
    why: ON_DELETE_SET_NULL_COLUMNS,
  },
  {
    side: 'migrations',
    line: 'index case_file.ix_case_file_org_next_due CREATE INDEX ix_case_file_org_next_due ON public.case_file USING btree (organisation_id, next_due_key, id) INCLUDE (search_text)',
    why: 'INCLUDE columns, which a TypeORM index cannot name; the entity declares it with synchronize: false',
  },
  {
    side: 'migrations',
    line: 'index case_file.ix_case_file_org_created CREATE INDEX ix_case_file_org_created ON public.case_file USING btree (organisation_id, created_at, id) INCLUDE (search_text)',
    why: 'INCLUDE columns, which a TypeORM index cannot name; the entity declares it with synchronize: false',
  },
  {
    side: 'migrations',
    line: 'index case_assignment.ix_case_assignment_caseload_next_due CREATE INDEX ix_case_assignment_caseload_next_due ON public.case_assignment USING btree (organisation_id, user_id, case_next_due_key, case_id) INCLUDE (case_search_text)',
    why: 'INCLUDE columns, which a TypeORM index cannot name; the entity declares it with synchronize: false',
  },
  {
    side: 'migrations',
    line: 'index case_assignment.ix_case_assignment_caseload_created CREATE INDEX ix_case_assignment_caseload_created ON public.case_assignment USING btree (organisation_id, user_id, case_created_at, case_id) INCLUDE (case_search_text)',
    why: 'INCLUDE columns, which a TypeORM index cannot name; the entity declares it with synchronize: false',
  },
  {
    side: 'migrations',
    line: 'index case_file.ix_case_file_search_trgm CREATE INDEX ix_case_file_search_trgm ON public.case_file USING gin (search_text gin_trgm_ops)',
    why: 'a trigram index needs the pg_trgm extension and an operator class, which a TypeORM index cannot name; the entity declares it with synchronize: false',
  },
];

/** One line per column, constraint and index of the given tables, sorted. */
async function catalogue(ds: DataSource, tables: string[]): Promise<string[]> {
  const columns = (await ds.query(
    `select table_name, column_name, data_type, udt_name, is_nullable, column_default,
            is_identity, identity_generation
       from information_schema.columns
      where table_schema = 'public' and table_name = any($1)`,
    [tables],
  )) as Array<Record<string, string | null>>;
  const constraints = (await ds.query(
    `select c.conrelid::regclass::text as table_name, c.conname, pg_get_constraintdef(c.oid) as def
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname = 'public' and c.conrelid::regclass::text = any($1)`,
    [tables],
  )) as Array<{ table_name: string; conname: string; def: string }>;
  const indexes = (await ds.query(
    `select tablename, indexname, indexdef from pg_indexes
      where schemaname = 'public' and tablename = any($1)`,
    [tables],
  )) as Array<{ tablename: string; indexname: string; indexdef: string }>;
  return [
    ...columns.map(
      (c) =>
        `column ${c['table_name']}.${c['column_name']} ${c['data_type']}(${c['udt_name']})` +
        ` null=${c['is_nullable']} default=${c['column_default']}` +
        ` identity=${c['is_identity']}${c['identity_generation'] ? `:${c['identity_generation']}` : ''}`,
    ),
    ...constraints.map((c) => `constraint ${c.table_name}.${c.conname} ${c.def}`),
    ...indexes.map((i) => `index ${i.tablename}.${i.indexname} ${i.indexdef}`),
  ].sort();
}

async function extensions(ds: DataSource): Promise<string[]> {
  const rows = (await ds.query(`select extname from pg_extension order by extname`)) as Array<{
    extname: string;
  }>;
  return rows.map((r) => r.extname);
}

function databaseUrl(name?: string): string {
  const u = new URL(process.env['DATABASE_URL'] ?? '');
  if (name) u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function recreate(name: string): Promise<void> {
  await admin(async (c) => {
    await c.query(`drop database if exists ${sqlIdentifier(name)} with (force)`);
    await c.query(`create database ${sqlIdentifier(name)}`);
  });
}

async function drop(name: string): Promise<void> {
  await admin((c) => c.query(`drop database if exists ${sqlIdentifier(name)} with (force)`));
}
