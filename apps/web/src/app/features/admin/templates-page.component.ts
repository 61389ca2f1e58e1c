import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import type { TemplateKey, TemplateResponse, TemplateVersionResponse } from '@haven/contracts';

import { formatInstantDay } from '../../shared/dates/civil-date';
import { saveFile } from '../../shared/files/file-name';
import { templateUploadProblem } from './template-problem';
import { TemplatesApi } from './templates.api';

type Status = 'loading' | 'loaded' | 'failed';

/**
 * `/admin/templates`: the templates Haven fills to draft documents and client letters, the version
 * in use and every earlier one, and an upload of the organisation's own version (letterhead,
 * wording). A refused upload says why, and the version in use stays.
 */
@Component({
  selector: 'hv-templates-page',
  imports: [MatButtonModule, MatProgressBarModule],
  templateUrl: './templates-page.component.html',
  styleUrls: ['./admin-page.scss', './templates-page.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplatesPageComponent {
  private readonly api = inject(TemplatesApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly items = signal<readonly TemplateResponse[]>([]);
  protected readonly status = signal<Status>('loading');
  protected readonly chosen = signal<Readonly<Partial<Record<TemplateKey, File>>>>({});
  protected readonly busy = signal<TemplateKey | null>(null);
  protected readonly problems = signal<Readonly<Partial<Record<TemplateKey, string>>>>({});
  protected readonly announcement = signal('');

  constructor() {
    this.load();
  }

  protected load(): void {
    this.status.set('loading');
    this.api
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => {
          this.items.set(list.items);
          this.status.set('loaded');
        },
        error: () => this.status.set('failed'),
      });
  }

  protected choose(key: TemplateKey, event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.chosen.update((all) => {
      const next = { ...all };
      if (file) {
        next[key] = file;
      } else {
        delete next[key];
      }
      return next;
    });
    this.setProblem(key, null);
  }

  protected upload(template: TemplateResponse): void {
    const file = this.chosen()[template.key];
    if (!file) {
      this.setProblem(template.key, 'Choose a DOCX file first.');
      return;
    }
    if (this.busy() !== null) {
      return;
    }
    this.busy.set(template.key);
    this.setProblem(template.key, null);
    this.announcement.set('');
    this.api
      .upload(template.key, file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.busy.set(null);
          this.items.update((items) => items.map((t) => (t.key === updated.key ? updated : t)));
          this.announcement.set(
            `${updated.title}: version ${updated.current.version} is now in use.`,
          );
        },
        error: (err: unknown) => {
          this.busy.set(null);
          const problem = templateUploadProblem(err);
          this.setProblem(
            template.key,
            problem === null ? null : `${problem} The version in use did not change.`,
          );
        },
      });
  }

  protected download(template: TemplateResponse): void {
    this.api
      .file(template.key)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (file) => saveFile(file.blob, file.fileName),
        error: () => this.setProblem(template.key, 'The template could not be downloaded.'),
      });
  }

  protected readonly versionLine = versionLine;

  private setProblem(key: TemplateKey, problem: string | null): void {
    this.problems.update((all) => {
      const next = { ...all };
      if (problem === null) {
        delete next[key];
      } else {
        next[key] = problem;
      }
      return next;
    });
  }
}

/** "Version 2: letterhead.docx, uploaded Dec 5, 2026 by Sam Okonkwo-Vale". */
export function versionLine(v: TemplateVersionResponse): string {
  if (v.source === 'builtin') {
    return `Version ${v.version}: shipped with Haven`;
  }
  const when = v.uploadedAt ? `, uploaded ${formatInstantDay(v.uploadedAt)}` : '';
  const who = v.uploadedBy ? ` by ${v.uploadedBy.displayName}` : '';
  return `Version ${v.version}: ${v.fileName}${when}${who}`;
}
