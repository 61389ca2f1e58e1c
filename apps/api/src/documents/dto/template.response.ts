import type { TemplateResponse, TemplateVersionResponse } from '@haven/contracts';

import type { TemplateVersionRow } from '../document-templates.repository';
import type { TemplateSpec } from '../template-catalogue';

function toVersion(row: TemplateVersionRow): TemplateVersionResponse {
  return {
    version: row.version,
    source: 'organisation',
    fileName: row.fileName,
    uploadedBy: row.uploadedById
      ? { id: row.uploadedById, displayName: row.uploadedByName ?? '' }
      : null,
    uploadedAt: row.uploadedAt.toISOString(),
    sha256: row.sha256,
  };
}

/** Allow-list of a template: its placeholders, the version in use and every version. */
export function toTemplateResponse(
  spec: TemplateSpec,
  rows: TemplateVersionRow[],
  builtinSha256: string,
): TemplateResponse {
  const builtin: TemplateVersionResponse = {
    version: 0,
    source: 'builtin',
    fileName: `${spec.key}.docx`,
    uploadedBy: null,
    uploadedAt: null,
    sha256: builtinSha256,
  };
  const versions = [...rows.map(toVersion), builtin];
  const sectionNames = Object.values(spec.sections).flat();
  return {
    key: spec.key,
    title: spec.title,
    requiredPlaceholders: [...spec.required],
    allowedPlaceholders: [
      ...new Set([...spec.allowed, ...Object.keys(spec.sections), ...sectionNames]),
    ],
    current: versions[0] ?? builtin,
    versions,
  };
}
