import fc from 'fast-check';

import { JSON_BODY_LIMIT_BYTES } from '@api/common/http/json-body';

import { RawJson } from './raw-json';

/** One string field past the body limit on its own (security-checks C1: "1 MB strings"). */
const OVER_LIMIT = 'x'.repeat(JSON_BODY_LIMIT_BYTES + 1);
/** Long, but leaves the body under the limit: MaxLength must refuse it. */
const LONG = 'y'.repeat(200_000);

export const SQL_METACHARACTERS = [
  "' OR 1=1--",
  "'; DROP TABLE case_file;--",
  '$$',
  '\\',
  '%_',
  '" OR ""="',
  '1); select pg_sleep(5);--',
  "E'\\x00'",
] as const;

/**
 * security-checks C2's corpus: the metacharacters above and the classic shapes of an injection
 * (closing a string, commenting out the rest, stacking a statement, a union, LIKE's wildcards and
 * escape, dollar quoting, a placeholder), each of which a parameterised query reads as plain text.
 */
export const SQL_INJECTION_CORPUS = [
  ...SQL_METACHARACTERS,
  "'",
  "''",
  "' OR '1'='1",
  "') OR ('a'='a",
  '1 OR 1=1',
  "x' UNION SELECT null, current_user--",
  "'||(select current_user)||'",
  "admin'--",
  '%',
  '_',
  "%' --",
  "\\'",
  '$1',
  '$tag$ select 1 $tag$',
  ';',
  '/*',
  '--',
  "'; select pg_sleep(5); --",
] as const;

export const CONTROL_TEXT = [
  'Ann\u0000Doe',
  '\u0000',
  'a\u0007b',
  '\u001b[2J',
  'x\u000by',
] as const;
export const LONE_SURROGATES = ['Ann\uD800', '\uDC00x', '\uDFFF\uD800', 'Zo\uD83C'] as const;
export const IMPOSSIBLE_DATES = [
  '2026-02-30',
  '2025-02-29',
  '0000-01-01',
  '2026-13-01',
  '2026-00-10',
  '2026-11-31',
  '99999-01-01',
  '2026-2-3',
  '1899-12-31',
  '2201-01-01',
] as const;
export const BAD_INSTANTS = [
  '2026-11-23T10:00:00+25:00',
  '2026-11-23T10:00:00 EST',
  '2026-11-23T10:00:00Z[Mars/Olympus]',
  '2026-11-23T24:00:00Z',
  '2026-02-30T10:00:00Z',
  '0000-01-01T00:00:00Z',
] as const;
export const BAD_TIMES = ['24:00', '9:30', '09:60', '0930', '09:30:00', '25:00'] as const;
export const NOT_UUIDS = [
  '-'.repeat(36),
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000g',
  '0b7c1a528f4e4d7a9a513f0c2b9d6e11',
  '0b7c1a52-8f4e-4d7a-9a51-3f0c2b9d6e11\n',
  "' OR 1=1--",
  'null',
  '1e309',
] as const;

/** Keys a client may not set, or that attack the parser and the object model. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'organisationId',
  'id',
  'createdBy',
  'role',
  '',
  'a\u0000b',
  'a.b',
] as const;

/** Numbers JSON.parse turns into Infinity, 0 or a refusal. */
const RAW_NUMBERS = ['NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '1e-400', '00012', '0x10'];

/** Nesting far past the depth limit, as arrays or objects. */
export const deepNesting: fc.Arbitrary<RawJson> = fc
  .tuple(fc.integer({ min: 1000, max: 20_000 }), fc.boolean())
  .map(([depth, asObjects]) =>
    asObjects
      ? new RawJson(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`)
      : new RawJson(`${'['.repeat(depth)}${']'.repeat(depth)}`),
  );

/**
 * Text that must be refused or stored as plain text, never fail a query; short enough for a URL
 * (Node itself answers 431 to a request line over 16 KB, before the app sees it).
 */
export const hostileShortText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SQL_METACHARACTERS),
  fc.constantFrom(...CONTROL_TEXT),
  fc.constantFrom(...LONE_SURROGATES),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\t\n', '\u00A0'),
);

/** The same, and text far over any field's maximum length. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileShortText, weight: 5 },
  fc.constant(LONG),
);

/** Any value that has no business in a typed field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.constantFrom(...IMPOSSIBLE_DATES, ...BAD_INSTANTS, ...BAD_TIMES, ...NOT_UUIDS),
  fc.constantFrom(...RAW_NUMBERS).map((n) => new RawJson(n)),
  fc.constant(OVER_LIMIT),
  deepNesting,
  fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null)),
  fc.constantFrom([], {}, [null], { wrong: ['type'] }),
);

/** A whole body that is not what any route reads. */
export const hostileBody: fc.Arbitrary<RawJson> = fc.oneof(
  fc
    .constantFrom(
      '',
      'null',
      '"text"',
      '42',
      '[]',
      '[{}]',
      '{',
      '{"a":',
      '[1,2',
      '{"a":NaN}',
      '{"a":1e309}',
      '{"a":1,"a":2}',
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '\uFEFF{}',
      `{"pad":"${OVER_LIMIT}"}`,
    )
    .map((text) => new RawJson(text)),
  deepNesting,
);
