import type { IncomingMessage } from 'node:http';

import { HttpException, HttpStatus } from '@nestjs/common';
import { json, type RequestHandler } from 'express';

import type { PayloadTooLargeResponse } from '@haven/contracts';

import { fieldsRefused } from '@api/common/pipes/validation';
import { findNestingBeyond } from '@api/common/validation/json-nesting';

/** The largest JSON body the API reads (security-checks C3); a larger one answers 413. */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

/** No request of this API nests more than a few levels; anything past this is refused with 400. */
export const MAX_JSON_DEPTH = 32;

/**
 * The JSON body parser with its limits: size, nesting depth and UTF-8. Each refusal is an
 * HttpException with a body that names what was wrong, so the exception filter answers 4xx
 * without logging a stack; body-parser's own errors would otherwise reach it as unknown errors.
 */
export function jsonBody(): RequestHandler {
  const parse = json({ limit: JSON_BODY_LIMIT_BYTES, verify: verifyJson });
  return (req, res, next) => {
    parse(req, res, (err?: unknown) => {
      next(err === undefined ? undefined : asHttpException(err));
    });
  };
}

/** Runs on the raw bytes before JSON.parse; body-parser passes what it throws on to `next`. */
function verifyJson(_req: IncomingMessage, _res: unknown, body: Buffer, encoding: string): void {
  // RFC 8259 §8.1: JSON exchanged between systems is UTF-8; the depth scan reads UTF-8 bytes.
  if (encoding !== 'utf-8') throw unsupported('Content-Type', 'must declare charset=utf-8');
  const path = findNestingBeyond(body, MAX_JSON_DEPTH);
  if (path !== null) {
    throw fieldsRefused([
      { field: path, message: `is nested deeper than ${MAX_JSON_DEPTH} levels` },
    ]);
  }
}

/** body-parser's errors carry a `type`; those a client caused become 4xx, the rest stay errors. */
function asHttpException(err: unknown): unknown {
  if (err instanceof HttpException) return err;
  switch ((err as { type?: unknown }).type) {
    case 'entity.too.large':
      return payloadTooLarge();
    case 'entity.parse.failed':
      return fieldsRefused([{ field: 'body', message: 'must be valid JSON' }]);
    case 'charset.unsupported':
      return unsupported('Content-Type', 'must declare charset=utf-8');
    case 'encoding.unsupported':
      return unsupported('Content-Encoding', 'must be one this API reads (gzip, deflate, br)');
    default:
      // The rest that body-parser marks as the client's doing (a body shorter than its
      // Content-Length, a corrupt gzip stream) is a 400 about the body; anything else is ours.
      return isClientError(err)
        ? fieldsRefused([{ field: 'body', message: 'could not be read as sent' }])
        : err;
  }
}

function isClientError(err: unknown): boolean {
  const status = (err as { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function payloadTooLarge(): HttpException {
  const body: PayloadTooLargeResponse = {
    error: 'payload_too_large',
    message: `The request body is larger than the limit of 1 MB (${JSON_BODY_LIMIT_BYTES} bytes).`,
    limitBytes: JSON_BODY_LIMIT_BYTES,
    fields: [{ field: 'body', message: `must be at most ${JSON_BODY_LIMIT_BYTES} bytes` }],
  };
  return new HttpException(body, HttpStatus.PAYLOAD_TOO_LARGE);
}

function unsupported(header: string, message: string): HttpException {
  return new HttpException(
    {
      error: 'unsupported_media_type',
      message: `${header} ${message}.`,
      fields: [{ field: header, message }],
    },
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  );
}
