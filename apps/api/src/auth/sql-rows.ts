/** TypeORM answers UPDATE/DELETE … RETURNING with [rows, count], and anything else with rows. */
export function rowsOf<T>(result: unknown): T[] {
  const r = result as [T[], number] | T[];
  return Array.isArray(r[0]) && typeof r[1] === 'number' ? (r[0] as T[]) : (r as T[]);
}
