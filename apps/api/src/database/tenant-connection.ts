import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

import { currentRequest } from '@api/common/request-context';

/**
 * Gives every pooled connection the organisation of the request that checks it out, as
 * `app.org_id`, which the row-level security policies read (migration 1795430000011). pg runs a
 * client's queries in order, so this statement always precedes the caller's own; with no
 * organisation (sign-in, health) the setting is empty and tenant tables show no rows.
 */
export function attachTenantContext(dataSource: DataSource): void {
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  if (!pool)
    throw new Error('the PostgreSQL pool is not available: initialise the data source first');
  pool.on('acquire', (client: PoolClient) => {
    client
      .query("select set_config('app.org_id', $1, false)", [currentRequest().organisationId ?? ''])
      .catch(() => undefined);
  });
}
