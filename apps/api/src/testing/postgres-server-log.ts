import { Client } from 'pg';

/**
 * The PostgreSQL server's own log, read through the server (`pg_read_file`, a superuser's right),
 * so a spec can ask what the server said about its statements (security-checks C2: no syntax
 * error in the PostgreSQL log). The file is the collector's current one, else the one Debian's
 * `pg_ctlcluster` writes stderr to (`/var/log/postgresql/postgresql-<version>-<cluster>.log`).
 */
export class PostgresServerLog {
  private constructor(
    private readonly ownerUrl: string,
    /** Where the log is, or null with why it cannot be read. */
    readonly file: { path: string } | { unreadable: string },
  ) {}

  static async locate(ownerUrl: string): Promise<PostgresServerLog> {
    return withClient(ownerUrl, async (db) => {
      const [row] = (
        await db.query<{ superuser: boolean; current: string | null; cluster: string }>(
          `select (select rolsuper from pg_roles where rolname = current_user) as superuser,
                  pg_current_logfile() as current, current_setting('cluster_name') as cluster`,
        )
      ).rows;
      if (!row?.superuser) {
        return new PostgresServerLog(ownerUrl, { unreadable: 'the owner role is not a superuser' });
      }
      const candidates = [
        row.current,
        /^\d+\/\w+$/.test(row.cluster)
          ? `/var/log/postgresql/postgresql-${row.cluster.replace('/', '-')}.log`
          : null,
      ].filter((p): p is string => p !== null);
      for (const path of candidates) {
        const found = await db.query<{ size: string | null }>(
          `select (pg_stat_file($1, true)).size::text as size`,
          [path],
        );
        if (typeof found.rows[0]?.size === 'string')
          return new PostgresServerLog(ownerUrl, { path });
      }
      return new PostgresServerLog(ownerUrl, {
        unreadable: `no log file at ${candidates.join(' or ') || '(no candidate)'}`,
      });
    });
  }

  /** The log's current length: what is written after it is what `linesSince` reads. */
  async mark(): Promise<number> {
    if (!('path' in this.file)) return 0;
    const path = this.file.path;
    return withClient(this.ownerUrl, async (db) => {
      const res = await db.query<{ size: string }>(`select (pg_stat_file($1)).size::text as size`, [
        path,
      ]);
      return Number(res.rows[0]?.size ?? 0);
    });
  }

  /** The lines the server wrote after `mark`. */
  async linesSince(mark: number): Promise<string[]> {
    if (!('path' in this.file)) return [];
    const path = this.file.path;
    return withClient(this.ownerUrl, async (db) => {
      const size = Number(
        (await db.query<{ size: string }>(`select (pg_stat_file($1)).size::text as size`, [path]))
          .rows[0]?.size ?? 0,
      );
      if (size <= mark) return [];
      // Bytes, decoded here: a read that ends inside a character must not fail the query.
      const res = await db.query<{ bytes: Buffer }>(
        `select pg_read_binary_file($1, $2, $3) as bytes`,
        [path, mark, size - mark],
      );
      const text = res.rows[0]?.bytes.toString('utf8') ?? '';
      return text.split('\n').filter((line) => line !== '');
    });
  }
}

async function withClient<T>(url: string, use: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return await use(db);
  } finally {
    await db.end();
  }
}
