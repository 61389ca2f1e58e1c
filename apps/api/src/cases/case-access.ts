import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/auth/actor';
import { DomainError } from '@api/common/errors/domain-error';

import type { CaseEntity } from './case.entity';
import { CasesRepository } from './cases.repository';

/** The one answer for "no such case" and "not your case": identical, so existence never leaks. */
export function caseNotFound(): DomainError {
  return new DomainError('CASE_NOT_FOUND', 'not_found', 'Case not found.');
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
    private readonly cases: CasesRepository,
    private readonly audit: AuditService,
  ) {}

  async getVisible(actor: Actor, caseId: string, manager?: EntityManager): Promise<CaseEntity> {
    const found = await this.cases.getByIdOrNull(actor.organisationId, caseId, manager);
    const visible =
      found !== null &&
      (actor.role !== 'advocate' ||
        (await this.cases.isAssigned(actor.organisationId, caseId, actor.userId, manager)));
    if (!found || !visible) {
      await this.deny(actor, 'case', caseId);
      throw caseNotFound();
    }
    return found;
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

  /** Records a refused access to any record (case, order, hearing, …) of the actor's request. */
  async deny(actor: Actor, targetType: string, targetId: string): Promise<void> {
    await this.audit.record({
      action: 'access_denied',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      targetType,
      targetId,
    });
  }
}
