import type { DataSource } from 'typeorm';

import { sqlIdentifier } from '@api/common/sql/sql-identifier';

/**
 * What a request may have changed, for security-checks A2 and C1: an md5 of every row of every
 * table, and the audit trail apart, because some refusals are audited by design (a 404 for a
 * record the caller may not see writes `access_denied`; a failed sign-in writes `sign_in_failed`).
 */
export interface DatabaseSnapshot {
  tables: Record<string, string>;
  auditRows: number;
  auditHash: string;
}

export interface DatabaseChanges {
  /** Tables other than audit_event whose rows differ. */
  tables: string[];
  /** Whether an audit row that existed before was changed or removed. */
  auditRewritten: boolean;
  /** The actions of the audit rows added since, in order. */
  auditAdded: string[];
}

/** Reads every table of the schema (but the migrations' own) in one round trip. */
export class DatabaseSnapshots {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly tableHashes: string,
  ) {}

  static async of(dataSource: DataSource): Promise<DatabaseSnapshots> {
    const tables = (
      (await dataSource.query(
        `select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE'
            and table_name not in ('schema_migration', 'audit_event')
          order by table_name`,
      )) as Array<{ name: string }>
    ).map((t) => t.name);
    const hashes = tables.map((name) => {
      const table = sqlIdentifier(name);
      return `(select coalesce(md5(string_agg(t::text, '|' order by t::text)), 'empty') from ${table} t) as ${table}`;
    });
    return new DatabaseSnapshots(dataSource, hashes.join(',\n'));
  }

  async take(): Promise<DatabaseSnapshot> {
    // tableHashes: one fragment per table, each name through sqlIdentifier.
    const sql = `select ${this.tableHashes},
         (select count(*)::int from audit_event) as audit_rows,
         (select ${AUDIT_HASH} from audit_event a) as audit_hash`;
    const [row] = (await this.dataSource.query(sql)) as [Record<string, string | number>];
    const { audit_rows: auditRows, audit_hash: auditHash, ...tables } = row;
    return {
      tables: tables as Record<string, string>,
      auditRows: Number(auditRows),
      auditHash: String(auditHash),
    };
  }

  async changesSince(before: DatabaseSnapshot): Promise<DatabaseChanges> {
    const sql = `select ${this.tableHashes},
         (select ${AUDIT_HASH} from (select * from audit_event order by id limit $1) a) as audit_kept,
         (select coalesce(array_agg(action order by id), '{}')
            from (select id, action from audit_event order by id offset $1) n) as audit_added`;
    const [row] = (await this.dataSource.query(sql, [before.auditRows])) as [
      Record<string, string | string[]>,
    ];
    const { audit_kept: kept, audit_added: added, ...tables } = row;
    return {
      tables: Object.keys(tables).filter((t) => tables[t] !== before.tables[t]),
      auditRewritten: kept !== before.auditHash,
      auditAdded: added as string[],
    };
  }
}

const AUDIT_HASH = `coalesce(md5(string_agg(a::text, '|' order by a.id)), 'empty')`;
