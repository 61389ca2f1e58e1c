import { JSON_BODY_LIMIT_BYTES } from '@api/common/http/json-body';

/** A stable code a client may branch on, as DomainError codes are written (`CASE_NOT_FOUND`). */
const DOMAIN_CODE = /^[A-Z][A-Z0-9_]*$/;

interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string | undefined>;
}

type Shape = (body: Record<string, unknown>) => string | null;

/**
 * The documented body of each 4xx the API gives (api-error-responses.decorator.ts, the exception
 * filter, the JSON body parser): exactly these keys, and `fields` naming each refused field.
 */
const SHAPES: Record<number, Shape> = {
  400: (b) =>
    b['error'] === 'validation_failed'
      ? (keys(b, ['error', 'fields']) ?? fields(b))
      : (code(b) ?? keys(b, ['error', 'message', 'fields']) ?? fields(b)),
  401: (b) => (b['error'] === 'unauthenticated' ? null : code(b)) ?? keys(b, ['error', 'message']),
  403: (b) =>
    (b['error'] === 'forbidden' ? null : code(b)) ?? keys(b, ['error', 'message'], ['fields']),
  404: (b) =>
    (/_NOT_FOUND$/.test(String(b['error']))
      ? null
      : `error ${String(b['error'])} is not a not-found code`) ?? keys(b, ['error', 'message']),
  409: (b) =>
    code(b) ??
    // Issue 19: a letter the safe-contact instructions forbid says why and what is allowed.
    (b['error'] === 'LETTER_CHANNEL_FORBIDDEN'
      ? keys(b, ['error', 'message', 'reason', 'channel', 'allowedChannels'])
      : keys(b, ['error', 'message'], ['fields'])),
  413: (b) =>
    b['error'] !== 'payload_too_large'
      ? 'error is not payload_too_large'
      : b['limitBytes'] !== JSON_BODY_LIMIT_BYTES
        ? 'limitBytes does not state the limit'
        : (keys(b, ['error', 'message', 'limitBytes', 'fields']) ??
          fields(b) ??
          (JSON.stringify(b['fields']).includes('"field":"body"')
            ? null
            : 'fields do not name body')),
  415: (b) =>
    b['error'] !== 'unsupported_media_type'
      ? 'error is not unsupported_media_type'
      : (keys(b, ['error', 'message', 'fields']) ?? fields(b)),
};

/** What is wrong with a 4xx answer's body, or null when it has its documented shape. */
export function errorBodyProblem({ status, body, headers }: Answer): string | null {
  const shape = SHAPES[status];
  if (!shape) return `${status} is not a status this API documents`;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return 'body is not an object';
  const b = body as Record<string, unknown>;
  if (b['requestId'] !== headers['x-request-id']) return 'requestId is not the X-Request-Id';
  const { requestId: _, ...rest } = b;
  return shape(rest);
}

function code(b: Record<string, unknown>): string | null {
  return DOMAIN_CODE.test(String(b['error'])) ? null : `error ${String(b['error'])} is not a code`;
}

function keys(
  b: Record<string, unknown>,
  required: readonly string[],
  optional: readonly string[] = [],
): string | null {
  const missing = required.filter((k) => !(k in b));
  const extra = Object.keys(b).filter((k) => !required.includes(k) && !optional.includes(k));
  if (missing.length > 0 || extra.length > 0) {
    return `keys: missing [${missing.join(', ')}], unexpected [${extra.join(', ')}]`;
  }
  return typeof b['message'] === 'string' || !required.includes('message')
    ? null
    : 'message is not a string';
}

function fields(b: Record<string, unknown>): string | null {
  const list = b['fields'];
  if (!Array.isArray(list) || list.length === 0) return 'fields is not a non-empty array';
  const bad = list.find(
    (f: unknown) =>
      typeof f !== 'object' ||
      f === null ||
      Object.keys(f).sort().join() !== 'field,message' ||
      typeof (f as { field: unknown }).field !== 'string' ||
      (f as { field: string }).field === '' ||
      typeof (f as { message: unknown }).message !== 'string' ||
      (f as { message: string }).message === '',
  );
  return bad === undefined ? null : `fields holds ${JSON.stringify(bad)}`;
}
