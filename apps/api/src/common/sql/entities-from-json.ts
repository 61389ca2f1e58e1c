import type { EntityMetadata } from 'typeorm';

/** Column types whose values TypeORM reads as a JS Date. */
const TIMESTAMP_TYPES = new Set<unknown>([
  'timestamptz',
  'timestamp with time zone',
  'timestamp',
  'timestamp without time zone',
  Date,
]);

/**
 * Entities of `metadata` from a `json_agg` of their table's rows (keys are column names), with
 * each value as TypeORM would have read it: dates and times as text (PostgreSQL writes dates in
 * ISO form in JSON, whatever DateStyle says), timestamps as Dates. Several tables read as JSON
 * arrays in one statement cost one round trip instead of one each (issue 18). A column TypeORM
 * never selects by default (a sealed field) is left out, as a find would leave it.
 */
export function entitiesFromJson<T>(
  metadata: EntityMetadata,
  rows: ReadonlyArray<Record<string, unknown>>,
): T[] {
  return rows.map((row) => {
    const entity = metadata.create() as Record<string, unknown>;
    for (const column of metadata.columns) {
      if (!column.isSelect) continue;
      if (!(column.databaseName in row))
        throw new Error(`${metadata.tableName}.${column.databaseName} is missing from the row`);
      const value = row[column.databaseName];
      entity[column.propertyName] =
        value === null || value === undefined
          ? null
          : TIMESTAMP_TYPES.has(column.type)
            ? new Date(value as string)
            : value;
    }
    return entity as T;
  });
}
