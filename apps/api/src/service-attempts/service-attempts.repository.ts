import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { FieldCipher } from '@api/crypto/field-cipher';
import { ProtectiveOrderEntity } from '@api/orders/protective-order.entity';
import { entitiesFromJson } from '@api/common/sql/entities-from-json';
import { prepared } from '@api/common/sql/prepared-statements';
import { caseRowsJson, VISIBLE_CASE } from '@api/case-files/case-files.repository';

import { ServiceAttemptEntity } from './service-attempt.entity';

export type NewServiceAttempt = Pick<
  ServiceAttemptEntity,
  | 'organisationId'
  | 'caseId'
  | 'orderId'
  | 'attemptedOn'
  | 'attemptedTime'
  | 'servedBy'
  | 'method'
  | 'outcome'
>;

/**
 * A visible case's (`VISIBLE_CASE`) attempts as JSON `rows`: each row but its notes' ciphertext,
 * which never leaves the database here, and whether it has notes.
 */
const VISIBLE_CASE_ATTEMPTS = `
  select ${caseRowsJson(
    'service_attempt',
    'x.attempted_on, x.attempted_time nulls first, x.created_at, x.id',
    "(to_jsonb(x) - 'notes_enc') || jsonb_build_object('has_notes', x.notes_enc is not null)",
  )} as rows
  ${VISIBLE_CASE}`;

/** An attempt as listed: the row without its notes, and whether it has any. */
export interface ListedServiceAttempt {
  row: ServiceAttemptEntity;
  hasNotes: boolean;
}

/** The notes of one attempt, opened; `unavailable` when the stored value does not decrypt. */
export type OpenedNotes =
  { status: 'empty' | 'unavailable'; notes: null } | { status: 'revealed'; notes: string };

export type OrderService = Pick<ProtectiveOrderEntity, 'servedOn' | 'servedTime' | 'status'>;

/** The encryption context binds the notes to their row and column (security-checks D1). */
function notesContext(attemptId: string): string {
  return `service_attempt:${attemptId}:notes`;
}

/**
 * The only code that touches `service_attempt.notes_enc`: it seals notes on the way in and opens
 * them only for an explicit reveal, so plaintext notes never sit in an entity, a list or a log.
 */
@Injectable()
export class ServiceAttemptsRepository {
  constructor(
    @InjectRepository(ServiceAttemptEntity)
    private readonly attempts: Repository<ServiceAttemptEntity>,
    private readonly cipher: FieldCipher,
  ) {}

  /** The order in this organisation AND this case, row-locked for recording its service. */
  getOrderForUpdateOrNull(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    orderId: string,
  ): Promise<ProtectiveOrderEntity | null> {
    return manager.getRepository(ProtectiveOrderEntity).findOne({
      where: { organisationId, caseId, id: orderId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Stores when the order was personally served; returns the updated order. */
  async recordOrderServed(
    manager: EntityManager,
    organisationId: string,
    orderId: string,
    service: OrderService,
  ): Promise<ProtectiveOrderEntity> {
    const repo = manager.getRepository(ProtectiveOrderEntity);
    await repo.update({ organisationId, id: orderId }, service);
    return repo.findOneByOrFail({ organisationId, id: orderId });
  }

  /** Inserts an attempt; the id is made first so the notes' encryption context can name the row. */
  async insert(
    manager: EntityManager,
    data: NewServiceAttempt,
    notes: string | null,
  ): Promise<ListedServiceAttempt> {
    const id = randomUUID();
    const repo = manager.getRepository(ServiceAttemptEntity);
    const notesEnc = notes === null ? null : this.cipher.encrypt(notes, notesContext(id));
    await repo.insert({ ...data, id, notesEnc });
    return {
      row: await repo.findOneByOrFail({ organisationId: data.organisationId, id }),
      hasNotes: notesEnc !== null,
    };
  }

  /**
   * A case's attempts in the order they happened, with the access check in the same statement:
   * null when the assignee (`assigneeOf`) may not see the case. The notes are never selected,
   * only whether there are any.
   */
  async findVisibleByCase(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    assigneeId: string | null,
  ): Promise<ListedServiceAttempt[] | null> {
    const [found] = (await manager.query(prepared(VISIBLE_CASE_ATTEMPTS), [
      organisationId,
      caseId,
      assigneeId,
    ])) as Array<{ rows: Array<Record<string, unknown> & { has_notes: boolean }> }>;
    if (!found) return null;
    const metadata = manager.connection.getMetadata(ServiceAttemptEntity);
    const rows = entitiesFromJson<ServiceAttemptEntity>(metadata, found.rows);
    return rows.map((row, i) => ({ row, hasNotes: found.rows[i]?.has_notes === true }));
  }

  /** Whether the attempt exists in this organisation and case. */
  existsInCase(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    id: string,
  ): Promise<boolean> {
    return manager.getRepository(ServiceAttemptEntity).existsBy({ organisationId, caseId, id });
  }

  /** Opens one attempt's notes, for a reveal only. */
  async openNotes(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    id: string,
  ): Promise<OpenedNotes> {
    const found = await manager.getRepository(ServiceAttemptEntity).findOne({
      where: { organisationId, caseId, id },
      select: { id: true, notesEnc: true },
    });
    if (!found?.notesEnc) return { status: 'empty', notes: null };
    const notes = this.cipher.openOrNull(found.notesEnc, notesContext(id));
    return notes === null ? { status: 'unavailable', notes: null } : { status: 'revealed', notes };
  }
}
