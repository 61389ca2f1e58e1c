import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type { SafeContactInstructionsResponse, SafeContactRevealResponse } from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';
import { Clock } from '@api/common/clock/clock';
import { DomainError } from '@api/common/errors/domain-error';

import type { SafeContactInstructionsDto, SafeContactRevealDto } from './dto/safe-contact.dto';
import { toSafeContactResponse } from './dto/safe-contact.response';
import { SafeContactRepository, type SafeContactView } from './safe-contact.repository';

/**
 * A client's safe-contact instructions (issue 19), read and written through one of the client's
 * cases. The choices are plain so that every letter can be checked without opening anything; the
 * safe address and the note are sealed and released only by an audited reveal.
 */
@Injectable()
export class SafeContactService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly instructions: SafeContactRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(actor: Actor, caseId: string): Promise<SafeContactInstructionsResponse> {
    return this.dataSource.transaction(async (manager) => {
      const caseRow = await this.access.getVisible(actor, caseId, manager);
      return toSafeContactResponse(
        await this.instructions.getViewOrNull(manager, actor.organisationId, caseRow.clientId),
      );
    });
  }

  async save(
    actor: Actor,
    caseId: string,
    dto: SafeContactInstructionsDto,
  ): Promise<SafeContactInstructionsResponse> {
    return this.dataSource.transaction(async (manager) => {
      const caseRow = await this.access.getVisibleForWrite(actor, caseId, manager);
      const orgId = actor.organisationId;
      const before = await this.instructions.getViewOrNull(manager, orgId, caseRow.clientId);
      const keepsAddress = dto.safeAddress === undefined && (before?.hasSafeAddress ?? false);
      if (dto.mail === 'safe_address_only' && !dto.safeAddress && !keepsAddress) {
        throw new DomainError(
          'SAFE_ADDRESS_REQUIRED',
          'invalid',
          "is required when mail is 'safe_address_only'",
          'safeAddress',
        );
      }
      await this.instructions.save(
        manager,
        {
          organisationId: orgId,
          clientId: caseRow.clientId,
          mail: dto.mail,
          phone: dto.phone,
          updatedBy: actor.userId,
          updatedAt: this.clock.now(),
        },
        dto.safeAddress,
        dto.note,
      );
      await this.audit.record(
        {
          action: 'safe_contact_changed',
          organisationId: orgId,
          actorUserId: actor.userId,
          targetType: 'client_safe_contact',
          targetId: caseRow.clientId,
          // Which parts changed, never a value (security-checks F1).
          details: { caseId, fields: changedFields(before, dto) },
        },
        manager,
      );
      return toSafeContactResponse(
        await this.instructions.getViewOrNull(manager, orgId, caseRow.clientId),
      );
    });
  }

  /** Releases the safe address and the note to a permitted user who gives a reason (audited). */
  async reveal(
    actor: Actor,
    caseId: string,
    dto: SafeContactRevealDto,
  ): Promise<SafeContactRevealResponse> {
    return this.dataSource.transaction(async (manager) => {
      const caseRow = await this.access.getVisible(actor, caseId, manager);
      const opened = await this.openSealed(manager, actor.organisationId, caseRow.clientId);
      await this.audit.record(
        {
          action: 'reveal',
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          targetType: 'client_safe_contact',
          targetId: caseRow.clientId,
          reason: dto.reason,
          details: { caseId },
        },
        manager,
      );
      return opened;
    });
  }

  /** For the letter check, inside the caller's transaction (the caller decided access). */
  standing(
    manager: EntityManager,
    organisationId: string,
    clientId: string,
  ): Promise<SafeContactView | null> {
    return this.instructions.getViewOrNull(manager, organisationId, clientId);
  }

  /** For a letter the advocate asked to address (the caller audits the reveal). */
  openSealed(
    manager: EntityManager,
    organisationId: string,
    clientId: string,
  ): Promise<SafeContactRevealResponse> {
    return this.instructions.openSealed(manager, organisationId, clientId);
  }
}

function changedFields(before: SafeContactView | null, dto: SafeContactInstructionsDto): string[] {
  const fields: string[] = [];
  if (before?.mail !== dto.mail) fields.push('mail');
  if (before?.phone !== dto.phone) fields.push('phone');
  if (dto.safeAddress !== undefined) fields.push('safeAddress');
  if (dto.note !== undefined) fields.push('note');
  return fields;
}
