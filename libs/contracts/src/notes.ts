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

/** POST /api/cases/:caseId/notes/:noteId/reveal body: why the note is needed (audited). */
export interface RevealNoteRequest {
  reason: string;
}

/** POST /api/cases/:caseId/notes/:noteId/reveal: the body, read under audit with the reason. */
export interface NoteBodyResponse extends NoteSummaryResponse {
  /** `unavailable` when the stored value does not decrypt (tampering or a retired key). */
  status: 'revealed' | 'unavailable';
  body: string | null;
}
