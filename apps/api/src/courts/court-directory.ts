import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { CourtKind } from '@haven/contracts';

import { DomainError } from '@api/common/errors/domain-error';

import { CourtsRepository } from './courts.repository';

/** Which directory courts may stand as a record's court kind: a combined court sits for both dockets. */
const SITS_AS: Record<CourtKind, readonly string[]> = {
  JDR: ['JDR', 'COMBINED'],
  GDC: ['GDC', 'COMBINED'],
  CIRCUIT: ['CIRCUIT'],
  MAGISTRATE: ['MAGISTRATE'],
};

/**
 * The check every record with a court makes: the court is one of the directory. A typed slug
 * that names no court would make a closure silently not apply and a deadline come out wrong, so
 * it is refused with 400 naming the request's field.
 */
@Injectable()
export class CourtDirectory {
  constructor(private readonly courts: CourtsRepository) {}

  async assertCourts(manager: EntityManager, field: string, ids: readonly string[]): Promise<void> {
    const unknown = await this.courts.unknownCourtIds(manager, [...new Set(ids)]);
    if (unknown.length > 0) throw unknownCourt(field);
  }

  /** The court exists and can sit as `kind` (a GDC id on a JDR petition is a slip). */
  async assertCourt(
    manager: EntityManager,
    field: string,
    id: string,
    kind?: CourtKind,
  ): Promise<void> {
    const court = await this.courts.getCourtOrNull(manager, id);
    if (!court) throw unknownCourt(field);
    if (kind && !SITS_AS[kind].includes(court.kind)) {
      throw new DomainError(
        'COURT_KIND_MISMATCH',
        'invalid',
        `is a ${court.kind} court, not a ${kind} court`,
        field,
      );
    }
  }

  async assertLocalities(
    manager: EntityManager,
    field: string,
    ids: readonly string[],
  ): Promise<void> {
    const unknown = await this.courts.unknownLocalityIds(manager, [...new Set(ids)]);
    if (unknown.length > 0) {
      throw new DomainError(
        'UNKNOWN_LOCALITY',
        'invalid',
        'is not a Virginia county or independent city of the court directory',
        field,
      );
    }
  }

  /** The directory's spelling of a locality typed by name, or a 400 naming the field. */
  async canonicalLocalityName(
    manager: EntityManager,
    field: string,
    name: string,
  ): Promise<string> {
    const row = await this.courts.findLocalityByName(manager, name);
    if (!row) {
      throw new DomainError(
        'UNKNOWN_LOCALITY',
        'invalid',
        'is not a Virginia county or independent city of the court directory',
        field,
      );
    }
    return row.name;
  }
}

function unknownCourt(field: string): DomainError {
  return new DomainError(
    'UNKNOWN_COURT',
    'invalid',
    'is not a court of the court directory',
    field,
  );
}
