import type { Response } from 'express';

import type { GeneratedDocument } from './document-maker';

/** Sends a generated or filed file as an attachment that no cache keeps. */
export function sendFile(
  res: Response,
  file: Pick<GeneratedDocument, 'fileName' | 'contentType' | 'content'> &
    Partial<Pick<GeneratedDocument, 'templateKey' | 'templateVersion' | 'filedDocumentId'>>,
): void {
  res.status(200);
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName.replace(/"/g, '')}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const exposed: string[] = [];
  if (file.templateKey !== undefined) {
    res.setHeader('X-Template-Key', file.templateKey);
    exposed.push('X-Template-Key');
  }
  if (file.templateVersion !== undefined) {
    res.setHeader('X-Template-Version', String(file.templateVersion));
    exposed.push('X-Template-Version');
  }
  if (file.filedDocumentId) {
    res.setHeader('X-Filed-Document-Id', file.filedDocumentId);
    exposed.push('X-Filed-Document-Id');
  }
  if (exposed.length > 0) res.setHeader('Access-Control-Expose-Headers', exposed.join(', '));
  res.end(file.content);
}
