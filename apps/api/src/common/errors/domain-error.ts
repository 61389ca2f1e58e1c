/** The HTTP meaning of a domain error; the filter maps it, services never throw HttpException. */
export type DomainErrorKind =
  'not_found' | 'conflict' | 'forbidden' | 'unauthorized' | 'invalid' | 'unavailable';

/** A domain error with a stable code (`CASE_NOT_FOUND`) that clients may branch on. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    message: string,
    readonly field?: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options);
    this.name = 'DomainError';
    this.details = options?.details;
  }

  /** Extra, non-confidential facts for the client (e.g. the letter channels allowed instead). */
  readonly details: Record<string, unknown> | undefined;
}
