import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { FieldCipher } from '@api/crypto/field-cipher';
import { prepared } from '@api/common/sql/prepared-statements';

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

  /** A case's notes, oldest first; the body column is never selected. */
  findByCase(organisationId: string, caseId: string, manager?: EntityManager): Promise<NoteView[]> {
    return (manager ?? this.notes.manager).query(
      prepared(
        `${VIEW_SELECT} where n.organisation_id = $1 and n.case_id = $2 order by n.created_at, n.id`,
      ),
      [organisationId, caseId],
    ) as Promise<NoteView[]>;
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
