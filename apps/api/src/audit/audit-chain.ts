import type { DataSource } from 'typeorm';

/**
 * The first audit row whose hash does not match its content and its predecessor's hash, or null
 * when the whole chain verifies. Recomputes exactly what the insert trigger computed
 * (migration 1795430000010), so an edit made with the trigger disabled is found. The chain's order
 * is id order: the trigger numbers each row once it holds the chain lock (migration 1795490000100).
 */
export async function findFirstBrokenAuditRow(
  dataSource: DataSource,
): Promise<{ id: string; reason: string } | null> {
  const rows = (await dataSource.query(`
    with ordered as (
      select a.*, coalesce(lag(hash) over (order by id), '') as expected_prev
        from audit_event a
    )
    select id::text as id,
           case when prev_hash is distinct from expected_prev then 'prev_hash does not match the previous row'
                else 'hash does not match the row' end as reason
      from ordered
     where prev_hash is distinct from expected_prev
        or hash is distinct from encode(sha256(convert_to(concat_ws('|', prev_hash, extract(epoch from occurred_at)::text,
             organisation_id::text, actor_user_id::text, action, target_type, target_id, request_id, ip, route,
             reason, details::text), 'UTF8')), 'hex')
     order by id
     limit 1`)) as Array<{ id: string; reason: string }>;
  return rows[0] ?? null;
}
