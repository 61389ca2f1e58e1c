import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';

import type { TemplateKey, TemplateListResponse, TemplateResponse } from '@haven/contracts';

import { fileNameOf } from '../../shared/files/file-name';

/** The organisation's document templates (admins and supervisors, `settings:manage`). */
@Injectable({ providedIn: 'root' })
export class TemplatesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<TemplateListResponse> {
    return this.http.get<TemplateListResponse>('/api/document-templates');
  }

  /** The DOCX in use, to edit and upload again. */
  file(key: TemplateKey): Observable<{ blob: Blob; fileName: string }> {
    return this.http
      .get(`/api/document-templates/${encodeURIComponent(key)}/file`, {
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(
        map((response) => ({
          blob: response.body ?? new Blob([]),
          fileName: fileNameOf(response.headers.get('Content-Disposition')) ?? `${key}.docx`,
        })),
      );
  }

  /**
   * A new version for the organisation. 400 `file` names the problem (not a DOCX, an unknown or
   * missing placeholder); the version in use stays until an upload is accepted.
   */
  upload(key: TemplateKey, file: File): Observable<TemplateResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<TemplateResponse>(
      `/api/document-templates/${encodeURIComponent(key)}`,
      body,
    );
  }
}
