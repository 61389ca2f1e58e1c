import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { ExportResponse } from '@haven/contracts';

import { ExportPanelComponent } from './export-panel.component';

function anExport(overrides: Partial<ExportResponse> = {}): ExportResponse {
  return {
    id: 'e0000000-0000-4000-8000-000000000001',
    kind: 'deadline_report',
    format: 'pdf',
    status: 'queued',
    progress: 0,
    rowCount: null,
    includeConfidential: false,
    createdAt: '2026-12-06T15:00:00.000Z',
    finishedAt: null,
    expiresAt: null,
    downloadPath: null,
    ...overrides,
  };
}

describe('ExportPanelComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    vi.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    vi.useRealTimers();
  });

  it('asks for the deadline report, shows its progress, then the download link', async () => {
    const fixture = TestBed.createComponent(ExportPanelComponent);
    fixture.componentRef.setInput('kind', 'deadline_report');
    fixture.componentRef.setInput('title', 'Printable deadline report');
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const button = [...element.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Export deadlines as PDF'),
    );
    expect(button).toBeDefined();
    button?.click();

    const create = http.expectOne('/api/exports');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toMatchObject({
      kind: 'deadline_report',
      format: 'pdf',
      filters: { period: 'week' },
    });
    expect((create.request.body as { filters: { from: string } }).filters.from).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    create.flush(anExport());
    fixture.detectChanges();
    expect(element.querySelector('mat-progress-bar')).not.toBeNull();

    await vi.advanceTimersByTimeAsync(700);
    http
      .expectOne(`/api/exports/${anExport().id}`)
      .flush(anExport({ status: 'running', progress: 40 }));
    fixture.detectChanges();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('40%');
    expect(element.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('40');

    await vi.advanceTimersByTimeAsync(700);
    http.expectOne(`/api/exports/${anExport().id}`).flush(
      anExport({
        status: 'done',
        progress: 100,
        rowCount: 12,
        downloadPath: `/api/exports/${anExport().id}/file`,
      }),
    );
    fixture.detectChanges();
    const link = element.querySelector('a[download]');
    expect(link?.getAttribute('href')).toBe(`/api/exports/${anExport().id}/file`);
    expect(link?.textContent).toContain('Download PDF (12 rows)');
    expect(element.querySelector('mat-progress-bar')).toBeNull();
    // Done: no more polling.
    await vi.advanceTimersByTimeAsync(2000);
    http.expectNone(`/api/exports/${anExport().id}`);
  });

  it('says why the API refused, naming its message', () => {
    const fixture = TestBed.createComponent(ExportPanelComponent);
    fixture.componentRef.setInput('kind', 'deadline_report');
    fixture.detectChanges();
    (fixture.nativeElement as HTMLElement).querySelector('button')?.click();
    http
      .expectOne('/api/exports')
      .flush(
        { errors: [{ field: 'kind', message: 'the deadline report is for supervisors' }] },
        { status: 403, statusText: 'Forbidden' },
      );
    fixture.detectChanges();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent,
    ).toContain('the deadline report is for supervisors');
  });
});
