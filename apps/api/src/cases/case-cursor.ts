import { DomainError } from '@api/common/errors/domain-error';

/** Keyset position in a caseload ordered by (created_at desc, id desc). */
export interface CaseCursor {
  createdAt: Date;
  id: string;
}

export function encodeCaseCursor(cursor: CaseCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`).toString('base64url');
}

export function decodeCaseCursor(value: string): CaseCursor {
  const [iso, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(createdAt.getTime())) {
    throw new DomainError(
      'INVALID_CURSOR',
      'invalid',
      'is not a cursor this API gave out',
      'cursor',
    );
  }
  return { createdAt, id };
}
