import fc from 'fast-check';

import { resolve, type Components, type SchemaObject } from '@api/testing/openapi-schema-checks';

import {
  BAD_INSTANTS,
  BAD_TIMES,
  hostileText,
  IMPOSSIBLE_DATES,
  NOT_UUIDS,
  SQL_METACHARACTERS,
} from './hostile-values';

type Schema = SchemaObject & { example?: unknown };

const FIRST_DAY = Date.UTC(2026, 10, 1);
const DAY_MS = 86_400_000;

/** Dates around the fuzz scene's order (issued 2026-11-23), so many bodies get past the rules. */
export const plausibleDate = fc
  .integer({ min: 0, max: 240 })
  .map((n) => new Date(FIRST_DAY + n * DAY_MS).toISOString().slice(0, 10));
export const plausibleTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/**
 * Values for one OpenAPI schema. Clean values have the documented shape, so that requests get past
 * validation and reach the services and the database (with text that is valid but awkward: SQL
 * metacharacters, any Unicode); the others are sometimes just outside it: impossible dates, wrong
 * time zones, ids that are not UUIDs, hostile text. `ids` supplies UUIDs, real ones of the fuzz
 * scene among them.
 */
export function schemaValue(
  schema: SchemaObject,
  components: Components,
  ids: fc.Arbitrary<string>,
  clean = false,
): fc.Arbitrary<unknown> {
  const s: Schema = resolve(schema, components);
  const value = plainValue(s, { components, ids, clean });
  return s.nullable ? fc.oneof({ arbitrary: value, weight: 4 }, fc.constant(null)) : value;
}

interface Context {
  components: Components;
  ids: fc.Arbitrary<string>;
  clean: boolean;
}

function plainValue(s: Schema, c: Context): fc.Arbitrary<unknown> {
  /** Mostly `good`; in a dirty value, sometimes one of `bad`. */
  const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
    c.clean ? good : fc.oneof({ arbitrary: good, weight: 8 }, bad);
  if (s.enum) return mostly(fc.constantFrom(...s.enum), hostileText);
  switch (s.type) {
    case 'string':
      return stringValue(s, c, mostly);
    case 'integer':
    case 'number':
      return mostly<unknown>(
        fc.integer({ min: s.minimum ?? 0, max: s.maximum ?? 1000 }),
        fc.constantFrom(-1, 0, 2 ** 31, Number.MAX_SAFE_INTEGER, 0.5),
      );
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = schemaValue(s.items ?? {}, c.components, c.ids, c.clean);
      return fc.array(items, {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 4, 4)),
      });
    }
    case undefined:
    default:
      return s.properties ? objectValue(s, c) : fc.jsonValue({ maxDepth: 2 });
  }
}

function objectValue(s: Schema, c: Context) {
  const properties = s.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [
      key,
      schemaValue(property, c.components, c.ids, c.clean),
    ]),
  );
  return fc.record(model, { requiredKeys: (s.required ?? []).filter((k) => k in properties) });
}

function stringValue(
  s: Schema,
  c: Context,
  mostly: (good: fc.Arbitrary<string>, bad: fc.Arbitrary<string>) => fc.Arbitrary<string>,
): fc.Arbitrary<string> {
  switch (s.format) {
    case 'date':
      return mostly(plausibleDate, fc.constantFrom(...IMPOSSIBLE_DATES));
    case 'date-time':
      return mostly(
        fc.tuple(plausibleDate, plausibleTime).map(([d, t]) => `${d}T${t}:00.000Z`),
        fc.constantFrom(...BAD_INSTANTS),
      );
    case 'time':
      return mostly(plausibleTime, fc.constantFrom(...BAD_TIMES));
    case 'uuid':
      return mostly(c.ids, fc.constantFrom(...NOT_UUIDS));
    case 'email':
      return mostly(
        fc.emailAddress(),
        fc.constantFrom('not-an-email', 'a@', '@b.org', 'a\u0000@b.org'),
      );
    case undefined:
    default: {
      const minLength = Math.max(s.minLength ?? 0, 1);
      const maxLength = Math.min(s.maxLength ?? 40, 40);
      const text = fc.string({ minLength, maxLength, unit: 'grapheme' });
      // Valid text that a query built by concatenation would choke on: it must be stored as is.
      const awkward = fc
        .constantFrom(...SQL_METACHARACTERS)
        .filter((t) => t.length >= minLength && t.length <= maxLength);
      const example = typeof s.example === 'string' ? [fc.constant(s.example)] : [];
      return mostly(
        fc.oneof(
          ...example.map((arbitrary) => ({ arbitrary, weight: 4 })),
          { arbitrary: text, weight: 4 },
          { arbitrary: awkward, weight: 1 },
        ),
        hostileText,
      );
    }
  }
}
