import fc from 'fast-check';
import request from 'supertest';

import { NOT_UUIDS } from './hostile-values';

/** One request as sent: the path and query already percent-encoded, the body as raw text. */
export interface FuzzRequest {
  method: string;
  path: string;
  query: string;
  body: string | null;
  contentType: string;
  cookie: string | null;
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * Percent-encodes the UTF-8 of a string byte by byte. A lone surrogate has no UTF-8 and becomes
 * U+FFFD, which is all a URL can carry of it; invalid encodings are sent as RAW_ENCODINGS instead.
 */
export function encodeBytes(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) => {
      const c = String.fromCharCode(b);
      return b < 0x80 && UNRESERVED.test(c)
        ? c
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/** Percent-encodings that decode to nothing valid, or to NUL. */
export const RAW_ENCODINGS = ['%FF', '%', '%E0%A4%A', '%ED%A0%80', '%00', '%C0%80'] as const;

/** A path segment that is not a UUID. Dot segments are left out: the client resolves those itself. */
export const notUuidSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NOT_UUIDS).map(encodeBytes),
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: 40 })
    .map(encodeBytes)
    .filter((s) => s !== '.' && s !== '..'),
  fc.constantFrom(...RAW_ENCODINGS),
);

export const contentType: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 12 },
  fc.constantFrom(
    'application/json; charset=utf-8',
    'application/json; charset=utf-16le',
    'application/json; charset=latin1',
    'text/plain',
    'application/x-www-form-urlencoded',
  ),
);

export function sendFuzzRequest(
  server: Parameters<typeof request>[0],
  r: FuzzRequest,
): Promise<request.Response> {
  const url = r.query ? `${r.path}?${r.query}` : r.path;
  const req =
    request(server)[r.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](url);
  if (r.cookie) req.set('Cookie', r.cookie);
  if (r.body === null) return req;
  return req.set('Content-Type', r.contentType).send(r.body);
}

/** The request in a line for a failure message, long bodies cut. */
export function describeRequest(r: FuzzRequest): string {
  const cut = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s);
  const body = r.body === null ? '' : ` [${r.contentType}] ${cut(JSON.stringify(r.body))}`;
  return `${r.method} ${cut(r.path)}${r.query ? `?${cut(r.query)}` : ''}${r.cookie ? ' (signed in)' : ''}${body}`;
}
