import { RulesInputError } from '@haven/rules';

import { DomainError } from '@api/common/errors/domain-error';

/** Which request field a refusal of the rules library is about, per route. */
export interface RefusalFields {
  /** The field holding the stated expiry, when the request has one. */
  statedExpiry?: string;
  /** Request fields by the last segment of the rules library's path (`issuedAt` → `issuedOn`). */
  byPath?: Readonly<Record<string, string>>;
  /** The field any other refusal of this request is about. */
  other: string;
}

const STATED_EXPIRY_CODES = new Set([
  'STATED_EXPIRY_EXCEEDS_MAXIMUM',
  'STATED_EXPIRY_REQUIRED',
  'EXPIRY_BEFORE_ISSUANCE',
]);

/** The rules library's message with the rule's citation in it, once. */
export function refusalMessage(err: RulesInputError): string {
  return err.citation && !err.message.includes(err.citation)
    ? `${err.message} (${err.citation})`
    : err.message;
}

/** A refusal of the rules library, with the library's own path into the case's facts. */
export function rulesRefusal(err: RulesInputError): DomainError {
  return new DomainError(err.code, 'invalid', refusalMessage(err), err.field, { cause: err });
}

/**
 * The rules library refuses facts with its own path (`events[2].order.statedExpiry`); the client
 * needs the field of its own request, and the rule's citation in the message. Every route that
 * changes a fact answers a refusal this one way: 400, the request's field, the citation.
 */
export function toRequestRefusal(err: unknown, fields: RefusalFields): unknown {
  if (!(err instanceof DomainError) || err.kind !== 'invalid') return err;
  const tail =
    (err.field ?? '')
      .split('.')
      .pop()
      ?.replace(/\[\d+\]$/, '') ?? '';
  const field =
    STATED_EXPIRY_CODES.has(err.code) && fields.statedExpiry
      ? fields.statedExpiry
      : (fields.byPath?.[tail] ?? fields.other);
  const message = err.cause instanceof RulesInputError ? refusalMessage(err.cause) : err.message;
  return new DomainError(err.code, 'invalid', message, field, { cause: err });
}
