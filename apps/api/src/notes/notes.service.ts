import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { NoteBodyResponse, NoteListResponse, NoteSummaryResponse } from '@haven/contracts';

import { AccessDenials } from '@api/audit/access-denials';
import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';
import { Clock } from '@api/common/clock/clock';

import type { CreateNoteDto } from './dto/create-note.dto';
import { toNoteBodyResponse, toNoteSummaryResponse } from './dto/note.response';
import { noteNotFound } from './notes.errors';
import { NotesRepository } from './notes.repository';

/**
 * Case notes are confidential free text about a survivor's life: stored only encrypted, listed
 * without their bodies, and read one at a time by a permitted user, each read audited in the same
 * transaction (if the audit row cannot be written, nothing is released: security-checks F4).
 */
@Injectable()
export class NotesService {
  private readonly logger = new Logger(NotesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly denials: AccessDenials,
    private readonly notes: NotesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, caseId: string, dto: CreateNoteDto): Promise<NoteSummaryResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertVisible(actor, caseId, manager);
      const note = await this.notes.insert(
        manager,
        {
          organisationId: actor.organisationId,
          caseId,
          authorId: actor.userId,
          createdAt: this.clock.now(),
        },
        dto.body,
      );
      return toNoteSummaryResponse(note);
    });
  }

  async list(actor: Actor, caseId: string): Promise<NoteListResponse> {
    // One statement, the access check in it, outside any transaction of ours: the tenant setting's
    // START and the COMMIT go with it in one round trip (tenant-connection.ts; issue 18).
    const rows = await this.access.readVisible(actor, caseId, ({ organisationId, assigneeId }) =>
      this.notes.findVisibleByCase(this.dataSource.manager, organisationId, caseId, assigneeId),
    );
    return { items: rows.map(toNoteSummaryResponse) };
  }

  async reveal(
    actor: Actor,
    caseId: string,
    noteId: string,
    reason: string,
  ): Promise<NoteBodyResponse> {
    const orgId = actor.organisationId;
    const result = await this.dataSource.transaction(async (manager) => {
      await this.access.assertVisible(actor, caseId, manager);
      const note = await this.notes.getViewOrNull(manager, orgId, caseId, noteId);
      if (!note) {
        await this.denials.deny(actor, 'case_note', noteId);
        throw noteNotFound();
      }
      const opened = await this.notes.openBody(manager, orgId, caseId, noteId);
      await this.audit.record(
        {
          action: 'reveal',
          organisationId: orgId,
          actorUserId: actor.userId,
          targetType: 'case_note',
          targetId: noteId,
          reason: reason.trim(),
          details: { caseId },
        },
        manager,
      );
      return toNoteBodyResponse(note, opened);
    });
    if (result.status === 'unavailable') {
      // An alert for the operators: tampering or a retired key. The value itself is never logged.
      this.logger.error(`ALERT confidential value unavailable: case_note ${noteId} body`);
    }
    return result;
  }
}
