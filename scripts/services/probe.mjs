// Answers one question for scripts/ensure-services.sh: does the service at this URL answer?
// Usage: node probe.mjs pg <url> | redis <url> | create-db <url> | redis-policy <url>
//        node probe.mjs app-role <owner-url> <app-url>
// Exit 0 = yes, 1 = no (reason on stderr, credentials masked).
import pg from 'pg';
import { Redis } from 'ioredis';

const [kind, rawUrl] = process.argv.slice(2);

function masked(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

function maintenanceUrl(url) {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

async function probePg(url) {
  const client = new pg.Client({
    connectionString: maintenanceUrl(url),
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function createDb(url) {
  const dbName = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(dbName)) {
    throw new Error(`database name "${dbName}" must match [a-z_][a-z0-9_]*`);
  }
  const client = new pg.Client({
    connectionString: maintenanceUrl(url),
    connectionTimeoutMillis: 3000,
  });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [dbName]);
    if (found.rowCount === 0) {
      // Identifier checked against the pattern above; CREATE DATABASE takes no bind parameters.
      await client.query(`create database "${dbName}"`);
      console.log(`created database ${dbName}`);
    }
  } finally {
    await client.end();
  }
}

// The application's login role (see migration 1795430000011): created or updated with the password
// of the app URL, by the owner. Identifiers and the password are passed through format() and %I/%L.
async function ensureAppRole(ownerUrl, appUrl) {
  const app = new URL(appUrl);
  const owner = new URL(ownerUrl);
  const user = decodeURIComponent(app.username);
  if (!user || user === decodeURIComponent(owner.username)) return;
  if (user !== 'haven_app')
    console.warn(`note: row-level security grants go to haven_app, not ${user}`);
  const client = new pg.Client({
    connectionString: maintenanceUrl(ownerUrl),
    connectionTimeoutMillis: 3000,
  });
  await client.connect();
  try {
    const password = decodeURIComponent(app.password);
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [user]);
    const verb = exists.rowCount === 0 ? 'create' : 'alter';
    const sql = await client.query(
      `select format('${verb} role %I login nosuperuser nobypassrls password %L', $1::text, $2::text) as sql`,
      [user, password],
    );
    await client.query(sql.rows[0].sql);
  } finally {
    await client.end();
  }
}

async function withRedis(url, fn) {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return await fn(redis);
  } finally {
    redis.disconnect();
  }
}

try {
  switch (kind) {
    case 'pg':
      await probePg(rawUrl);
      break;
    case 'create-db':
      await createDb(rawUrl);
      break;
    case 'app-role':
      await ensureAppRole(rawUrl, process.argv[4]);
      break;
    case 'redis':
      await withRedis(rawUrl, (r) => r.ping());
      break;
    case 'redis-policy': {
      const policy = await withRedis(rawUrl, (r) => r.config('GET', 'maxmemory-policy'));
      console.log(Array.isArray(policy) ? policy[1] : '');
      break;
    }
    default:
      throw new Error(`unknown probe ${kind}`);
  }
  process.exit(0);
} catch (err) {
  console.error(
    `${kind} at ${masked(rawUrl)}: ${err instanceof Error ? err.message : String(err)}`,
  );
  process.exit(1);
}
