import type { NoteBodyResponse, NoteSummaryResponse } from '@haven/contracts';

import type { NoteView, OpenedNote } from '../notes.repository';

/** Allow-list of what a listed note shows: author and date, never the body. */
export function toNoteSummaryResponse(row: NoteView): NoteSummaryResponse {
  return {
    id: row.id,
    authorId: row.authorId,
    authorName: row.authorName,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The note with its body, for the audited read. */
export function toNoteBodyResponse(row: NoteView, opened: OpenedNote): NoteBodyResponse {
  return { ...toNoteSummaryResponse(row), status: opened.status, body: opened.body };
}
