import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';

import type {
  ClientLetterRequest,
  DocumentOptionsResponse,
  ExtensionMotionRequest,
  FiledDocumentListResponse,
  MedicalNoticeRequest,
} from '@haven/contracts';

import { fileNameOf } from '../../../shared/files/file-name';

/** A generated file as the browser holds it until the user saves it. */
export interface GeneratedFile {
  blob: Blob;
  fileName: string;
  /** The template version that made it (0: the one Haven ships); null when not told. */
  templateVersion: number | null;
  /** Set when the advocate filed a sealed copy on the case. */
  filedDocumentId: string | null;
}

/** What the Documents dialog sends: which document, and its request body. */
export type DocumentRequest =
  | { kind: 'extension_motion'; body: ExtensionMotionRequest }
  | { kind: 'medical_notice'; body: MedicalNoticeRequest }
  | { kind: 'client_letter'; body: ClientLetterRequest };

const ROUTES: Readonly<Record<DocumentRequest['kind'], string>> = {
  extension_motion: 'extension-motion',
  medical_notice: 'medical-notice',
  client_letter: 'client-letter',
};

/**
 * Documents of a case: what can be drafted now, the drafts themselves (answered as the file, kept
 * nowhere unless filed on the case), and the filed copies.
 */
@Injectable({ providedIn: 'root' })
export class DocumentsApi {
  private readonly http = inject(HttpClient);

  options(caseId: string): Observable<DocumentOptionsResponse> {
    return this.http.get<DocumentOptionsResponse>(`${base(caseId)}/options`);
  }

  /**
   * 422 LETTER_CHANNEL_FORBIDDEN when the safe-contact instructions forbid the channel; 409
   * DOCUMENT_NOT_APPLICABLE when the case has nothing to draft. A letter with its address asks
   * for a fresh factor first.
   */
  generate(caseId: string, request: DocumentRequest): Observable<GeneratedFile> {
    return this.http
      .post(`${base(caseId)}/${ROUTES[request.kind]}`, request.body, {
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(map((response) => generatedFile(response, `${request.kind}.docx`)));
  }

  filed(caseId: string): Observable<FiledDocumentListResponse> {
    return this.http.get<FiledDocumentListResponse>(base(caseId));
  }

  /** A filed copy (audited like a reveal). */
  filedFile(caseId: string, documentId: string, fileName: string): Observable<GeneratedFile> {
    return this.http
      .get(`${base(caseId)}/${encodeURIComponent(documentId)}/file`, {
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(map((response) => generatedFile(response, fileName)));
  }
}

function base(caseId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/documents`;
}

function generatedFile(response: HttpResponse<Blob>, fallbackName: string): GeneratedFile {
  const version = response.headers.get('X-Template-Version');
  return {
    blob: response.body ?? new Blob([]),
    fileName: fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName,
    templateVersion: version !== null && /^\d+$/.test(version) ? Number(version) : null,
    filedDocumentId: response.headers.get('X-Filed-Document-Id'),
  };
}
