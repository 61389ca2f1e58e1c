/**
 * Any 8-4-4-4-12 hex id: what PostgreSQL's `uuid` type reads, and no more. Record ids in path
 * parameters and cursors must pass it before they reach a query, or the database refuses the cast
 * with a 500.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
