import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';
import { ActivatedRoute, Router } from '@angular/router';

import type { DocumentKind, FiledDocumentResponse } from '@haven/contracts';

import { formatInstantDay } from '../../../shared/dates/civil-date';
import { saveFile } from '../../../shared/files/file-name';
import { DocumentsApi } from './documents.api';
import {
  DocumentsDialogComponent,
  type DocumentsDialogData,
  type DocumentsDialogResult,
} from './documents-dialog.component';

const KIND_WORDS: Readonly<Record<DocumentKind, string>> = {
  extension_motion: 'Motion to extend',
  medical_notice: 'Notice of intent to present medical records',
  client_letter: 'Client letter',
};

const LINKABLE: readonly DocumentKind[] = ['extension_motion', 'medical_notice', 'client_letter'];

/**
 * The case's documents: "Generate a document" opens the Documents dialog, and the copies filed on
 * the case are listed (each download is audited like a reveal). `?document=extension_motion&order=`
 * opens the dialog with that draft chosen, which is where the "file the motion" task links.
 */
@Component({
  selector: 'hv-documents-card',
  imports: [MatButtonModule],
  template: `
    <section class="card" aria-labelledby="documents-heading">
      <h2 class="title" id="documents-heading">Documents</h2>
      <p class="note">
        Drafts are made from the case’s facts and dates and are kept nowhere unless filed here.
      </p>
      @if (canWrite()) {
        <button mat-stroked-button type="button" (click)="openDialog()">Generate a document</button>
      }
      @if (filed().length > 0) {
        <ul class="filed">
          @for (doc of filed(); track doc.id) {
            <li>
              <span>
                {{ kindWords[doc.kind] }}{{ doc.language ? ' (' + doc.language + ')' : '' }},
                {{ doc.format.toUpperCase() }}, {{ day(doc.createdAt) }}
                @if (doc.createdBy) {
                  by {{ doc.createdBy.displayName }}
                }
              </span>
              @if (canReveal()) {
                <button
                  mat-button
                  type="button"
                  [attr.aria-label]="'Download ' + doc.fileName"
                  [disabled]="busy() === doc.id"
                  (click)="download(doc)"
                >
                  Download
                </button>
              }
            </li>
          }
        </ul>
      }
      @if (problem(); as message) {
        <p class="warn" role="alert">{{ message }}</p>
      }
    </section>
  `,
  styleUrl: './documents-card.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentsCardComponent {
  private readonly api = inject(DocumentsApi);
  private readonly dialog = inject(MatDialog);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private open: MatDialogRef<DocumentsDialogComponent, DocumentsDialogResult> | null = null;

  /** The case whose documents are shown. */
  readonly caseId = input.required<string>();
  /** Whether the user may generate documents (`case:write`). */
  readonly canWrite = input.required<boolean>();
  /** Whether the user may download filed copies (they hold confidential facts). */
  readonly canReveal = input.required<boolean>();

  protected readonly kindWords = KIND_WORDS;
  protected readonly filed = signal<readonly FiledDocumentResponse[]>([]);
  protected readonly busy = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly day = formatInstantDay;
  private readonly requested = toSignal(
    this.route.queryParamMap.pipe(
      map((params) => ({ kind: params.get('document'), order: params.get('order') })),
    ),
    { initialValue: { kind: null, order: null } },
  );

  constructor() {
    effect((onCleanup) => {
      const caseId = this.caseId();
      const request = this.api.filed(caseId).subscribe({
        next: (list) => this.filed.set(list.items),
        error: () => this.filed.set([]),
      });
      onCleanup(() => request.unsubscribe());
    });
    // A linked draft opens once the inputs say the user may write; closing drops the link.
    effect(() => {
      const { kind, order } = this.requested();
      if (kind !== null && (LINKABLE as readonly string[]).includes(kind) && this.canWrite()) {
        untracked(() => this.openDialog(kind as DocumentKind, order ?? undefined));
      }
    });
    this.destroyRef.onDestroy(() => this.open?.close());
  }

  protected openDialog(kind?: DocumentKind, orderId?: string): void {
    if (this.open) {
      return;
    }
    const caseId = this.caseId();
    this.open = this.dialog.open<
      DocumentsDialogComponent,
      DocumentsDialogData,
      DocumentsDialogResult
    >(DocumentsDialogComponent, {
      data: { caseId, kind, orderId },
      width: '600px',
      maxWidth: 'calc(100vw - 32px)',
      autoFocus: 'first-tabbable',
    });
    this.open.afterClosed().subscribe((result) => {
      this.open = null;
      if (this.route.snapshot.queryParamMap.has('document')) {
        void this.router.navigate([], {
          queryParams: { document: null, order: null },
          queryParamsHandling: 'merge',
          replaceUrl: true,
        });
      }
      if (result?.filed && this.caseId() === caseId) {
        this.api.filed(caseId).subscribe({ next: (list) => this.filed.set(list.items) });
      }
    });
  }

  protected download(doc: FiledDocumentResponse): void {
    this.busy.set(doc.id);
    this.problem.set(null);
    this.api
      .filedFile(this.caseId(), doc.id, doc.fileName)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (file) => {
          this.busy.set(null);
          saveFile(file.blob, file.fileName);
        },
        error: () => {
          this.busy.set(null);
          this.problem.set('The filed copy could not be downloaded.');
        },
      });
  }
}
