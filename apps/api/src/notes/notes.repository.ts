import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { FieldCipher } from '@api/crypto/field-cipher';
import { prepared } from '@api/common/sql/prepared-statements';
import { VISIBLE_CASE } from '@api/case-files/case-files.repository';

import { CaseNoteEntity } from './case-note.entity';

/** A note as listed: who wrote it and when. The body is never part of it. */
export interface NoteView {
  id: string;
  authorId: string | null;
  authorName: string | null;
  createdAt: Date;
}

/** A note's body, opened; `unavailable` when the stored value does not decrypt. */
export type OpenedNote =
  { status: 'revealed'; body: string } | { status: 'unavailable'; body: null };

/** The encryption context binds the body to its row and column (security-checks D1). */
function bodyContext(noteId: string): string {
  return `case_note:${noteId}:body`;
}

const VIEW_SELECT = `
  select n.id, n.author_id as "authorId", u.display_name as "authorName", n.created_at as "createdAt"
    from case_note n
    left join app_user u on u.id = n.author_id`;

/** A visible case's (`VISIBLE_CASE`) notes, oldest first; one row of nulls when it has none. */
const VISIBLE_CASE_NOTES = `
  select x.* from (select c.id ${VISIBLE_CASE}) v
  left join lateral (${VIEW_SELECT} where n.organisation_id = $1 and n.case_id = v.id) x on true
  order by x."createdAt", x.id`;

/** The only code that touches `case_note.body_enc`: sealed on the way in, opened only for a read. */
@Injectable()
export class NotesRepository {
  constructor(
    @InjectRepository(CaseNoteEntity) private readonly notes: Repository<CaseNoteEntity>,
    private readonly cipher: FieldCipher,
  ) {}

  /** Inserts a note; its id is made first so the body's encryption context can name the row. */
  async insert(
    manager: EntityManager,
    data: { organisationId: string; caseId: string; authorId: string; createdAt: Date },
    body: string,
  ): Promise<NoteView> {
    const id = randomUUID();
    await manager
      .getRepository(CaseNoteEntity)
      .insert({ ...data, id, bodyEnc: this.cipher.encrypt(body, bodyContext(id)) });
    const view = await this.getViewOrNull(manager, data.organisationId, data.caseId, id);
    if (!view) throw new Error(`note ${id} vanished inside its own transaction`);
    return view;
  }

  /**
   * A case's notes, oldest first, with the access check in the same statement: null when the
   * assignee (`assigneeOf`) may not see the case. The body column is never selected.
   */
  async findVisibleByCase(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    assigneeId: string | null,
  ): Promise<NoteView[] | null> {
    const rows = (await manager.query(prepared(VISIBLE_CASE_NOTES), [
      organisationId,
      caseId,
      assigneeId,
    ])) as Array<{ [K in keyof NoteView]: NoteView[K] | null }>;
    if (rows.length === 0) return null;
    // The visible case without notes is one row of nulls.
    return rows.flatMap(({ id, createdAt, ...rest }) =>
      id === null || createdAt === null ? [] : [{ id, createdAt, ...rest }],
    );
  }

  async getViewOrNull(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    noteId: string,
  ): Promise<NoteView | null> {
    const rows = (await manager.query(
      `${VIEW_SELECT} where n.organisation_id = $1 and n.case_id = $2 and n.id = $3`,
      [organisationId, caseId, noteId],
    )) as NoteView[];
    return rows[0] ?? null;
  }

  /** Opens one note's body, for an audited read only. */
  async openBody(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    noteId: string,
  ): Promise<OpenedNote> {
    const found = await manager.getRepository(CaseNoteEntity).findOne({
      where: { organisationId, caseId, id: noteId },
      select: { id: true, bodyEnc: true },
    });
    if (!found) return { status: 'unavailable', body: null };
    const body = this.cipher.openOrNull(found.bodyEnc, bodyContext(noteId));
    return body === null ? { status: 'unavailable', body: null } : { status: 'revealed', body };
  }
}
