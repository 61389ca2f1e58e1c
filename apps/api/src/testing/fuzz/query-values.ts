import fc from 'fast-check';

import type { Components } from '@api/testing/openapi-schema-checks';

import { encodeBytes, RAW_ENCODINGS } from './fuzz-requests';
import type { FuzzRoute } from './fuzz-routes';
import { HOSTILE_KEYS, hostileShortText, NOT_UUIDS, SQL_METACHARACTERS } from './hostile-values';
import { RawJson } from './raw-json';
import { plausibleDate, plausibleTime, schemaValue } from './schema-values';

const base64url = (text: string) => Buffer.from(text).toString('base64url');

const cursorKey = fc.oneof(
  plausibleDate,
  fc.tuple(plausibleDate, plausibleTime).map(([d, t]) => `${d}T${t}:00.123456Z`),
  fc.constantFrom(
    '2026-02-30',
    '0000-01-01',
    '9999-12-31',
    '0000-01-01T00:00:00.000000Z',
    '2026-11-23T24:00:00.000000Z',
    '2026-02-30T10:00:00.000000Z',
    "2026-01-01' or 1=1--",
  ),
  fc.string({ maxLength: 30 }),
);

/**
 * Hand-made keyset cursors, as a client could forge them: the case list's `sort|key|id` and the
 * task list's `dueOn|id`, with real and impossible dates, year 0000, ids of 36 dashes, base64 that
 * only decodes leniently, and plain junk.
 */
export function cursorText(ids: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const id = fc.oneof(ids, fc.uuid(), fc.constantFrom(...NOT_UUIDS), fc.string({ maxLength: 40 }));
  const sort = fc.constantFrom('newest', 'oldest', 'next_deadline', 'NEWEST', '');
  const forged = fc.oneof(
    fc.tuple(sort, cursorKey, id).map(([s, k, i]) => base64url(`${s}|${k}|${i}`)),
    fc.tuple(cursorKey, id).map(([k, i]) => base64url(`${k}|${i}`)),
  );
  return fc.oneof(
    { arbitrary: forged, weight: 6 },
    forged.map((c) => `${c}==`),
    forged.map((c) => `!${c}`),
    fc.base64String({ maxLength: 80 }),
    hostileShortText,
  );
}

/** One value of a query parameter, already encoded for the URL. */
function parameterValue(
  name: string,
  value: fc.Arbitrary<unknown>,
  ids: fc.Arbitrary<string>,
): fc.Arbitrary<string> {
  // A request line over 16 KB is answered 431 by Node itself, before the app: keep under it.
  const text = (name === 'cursor' ? cursorText(ids) : value)
    .map((v) =>
      encodeBytes(v instanceof RawJson ? v.text : typeof v === 'string' ? v : JSON.stringify(v)),
    )
    .filter((v) => v.length <= 2000);
  return fc.oneof(
    { arbitrary: text, weight: 8 },
    fc.constantFrom(...SQL_METACHARACTERS).map(encodeBytes),
    fc.constantFrom(...RAW_ENCODINGS),
  );
}

/**
 * A query string for a route: each documented parameter absent, once, or repeated, with values of
 * its schema and hostile ones; sometimes parameters the route does not take, `q[a]` brackets and
 * `__proto__` among them.
 */
export function queryString(
  route: FuzzRoute,
  components: Components,
  ids: fc.Arbitrary<string>,
): fc.Arbitrary<string> {
  const documented = route.query.map(({ name, schema }) =>
    fc
      .array(parameterValue(name, schemaValue(schema, components, ids), ids), { maxLength: 2 })
      .map((values) => values.map((v) => `${encodeBytes(name)}=${v}`)),
  );
  const extra = fc.array(
    fc
      .tuple(
        fc.oneof(fc.constantFrom(...HOSTILE_KEYS, 'q[a]', 'limit[]', 'sort[0]'), fc.string()),
        hostileShortText,
      )
      .map(([key, value]) => `${encodeBytes(key)}=${encodeBytes(value)}`),
    { maxLength: 2 },
  );
  return fc
    .tuple(fc.tuple(...documented), extra)
    .map(([params, more]) => [...params.flat(), ...more].join('&'));
}
