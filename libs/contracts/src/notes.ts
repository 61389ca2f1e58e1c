/** POST /api/cases/:caseId/notes body. The body is stored encrypted. */
export interface CreateNoteRequest {
  body: string;
}

/** A case note as listed: who wrote it and when, never its body. */
export interface NoteSummaryResponse {
  id: string;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
}

/** GET /api/cases/:caseId/notes, oldest first. */
export interface NoteListResponse {
  items: NoteSummaryResponse[];
}

/** GET /api/cases/:caseId/notes/:noteId: the body, read under audit. */
export interface NoteBodyResponse extends NoteSummaryResponse {
  /** `unavailable` when the stored value does not decrypt (tampering or a retired key). */
  status: 'revealed' | 'unavailable';
  body: string | null;
}
