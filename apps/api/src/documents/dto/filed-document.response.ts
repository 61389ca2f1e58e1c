import type { FiledDocumentResponse } from '@haven/contracts';

import type { FiledDocumentView } from '../case-documents.repository';

/** Allow-list of a filed document: never its content. */
export function toFiledDocumentResponse(row: FiledDocumentView): FiledDocumentResponse {
  return {
    id: row.id,
    kind: row.kind,
    templateKey: row.templateKey,
    templateVersion: row.templateVersion,
    language: row.language,
    format: row.format,
    fileName: row.fileName,
    includesConfidential: row.includesConfidential,
    createdBy: row.createdById
      ? { id: row.createdById, displayName: row.createdByName ?? '' }
      : null,
    createdAt: row.createdAt.toISOString(),
  };
}
