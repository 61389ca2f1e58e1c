import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AccessDenials } from '@api/audit/access-denials';
import type { Actor } from '@api/common/actor';
import { DomainError } from '@api/common/errors/domain-error';

import type { CaseEntity } from './case.entity';
import { CaseFilesRepository } from './case-files.repository';

/** The one answer for "no such case" and "not your case": identical, so existence never leaks. */
export function caseNotFound(): DomainError {
  return new DomainError('CASE_NOT_FOUND', 'not_found', 'Case not found.');
}

/** Whose assignment a case needs for the actor to see it: an advocate's own, or none. */
export function assigneeOf(actor: Actor): string | null {
  return actor.role === 'advocate' ? actor.userId : null;
}

/** What a read over the visible case is scoped to: the organisation, and the assignee or null. */
export interface VisibleScope {
  organisationId: string;
  assigneeId: string | null;
}

/**
 * Decides whether an actor may touch a case: it must belong to the actor's organisation, and an
 * advocate must be assigned to it. Lookups are always scoped to the actor's organisation, so a
 * case of another organisation is indistinguishable from a missing one: both answer 404 and leave
 * an `access_denied` audit row with the target id (security-checks A1).
 */
@Injectable()
export class CaseAccess {
  constructor(
    private readonly cases: CaseFilesRepository,
    private readonly denials: AccessDenials,
  ) {}

  async getVisible(actor: Actor, caseId: string, manager?: EntityManager): Promise<CaseEntity> {
    const found = await this.cases.getVisibleOrNull(
      actor.organisationId,
      caseId,
      assigneeOf(actor),
      manager,
    );
    return found ?? this.deny(actor, caseId);
  }

  /** As getVisible, for a caller that needs the decision only, not the case. */
  async assertVisible(actor: Actor, caseId: string, manager?: EntityManager): Promise<void> {
    const visible = await this.cases.isVisible(
      actor.organisationId,
      caseId,
      assigneeOf(actor),
      manager,
    );
    if (!visible) await this.deny(actor, caseId);
  }

  /**
   * The access decision for a case the caller has already loaded (scoped to the actor's
   * organisation, e.g. with its parties for the case page), so it is not read twice.
   */
  async visibleOrDeny<T extends CaseEntity>(
    actor: Actor,
    caseId: string,
    found: T | null,
    manager?: EntityManager,
  ): Promise<T> {
    const visible =
      found !== null &&
      (actor.role !== 'advocate' ||
        (await this.cases.isVisible(actor.organisationId, caseId, actor.userId, manager)));
    return found && visible ? found : this.deny(actor, caseId);
  }

  /**
   * What `read` finds of the case when it reads scoped to what the actor may see (the actor's
   * organisation and, for an advocate, their assignment: `assigneeOf`, e.g. over VISIBLE_CASE),
   * so the access check is part of the read and costs no statement of its own; the audited 404
   * when it finds nothing.
   */
  async readVisible<T>(
    actor: Actor,
    caseId: string,
    read: (scope: VisibleScope) => Promise<T | null>,
  ): Promise<T> {
    const found = await read({
      organisationId: actor.organisationId,
      assigneeId: assigneeOf(actor),
    });
    return found ?? this.deny(actor, caseId);
  }

  /** Records the denial (with the target id) and answers the one 404. */
  private async deny(actor: Actor, caseId: string): Promise<never> {
    await this.denials.deny(actor, 'case', caseId);
    throw caseNotFound();
  }

  /**
   * As getVisible, then locks the case row for the rest of the transaction, so two writes to one
   * case recompute its deadlines one after the other, each seeing the other's facts.
   */
  async getVisibleForWrite(
    actor: Actor,
    caseId: string,
    manager: EntityManager,
  ): Promise<CaseEntity> {
    const found = await this.getVisible(actor, caseId, manager);
    await this.cases.lockForUpdate(manager, actor.organisationId, caseId);
    return found;
  }
}
