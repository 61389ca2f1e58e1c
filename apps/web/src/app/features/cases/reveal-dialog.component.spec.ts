import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { RevealDialogComponent, type RevealDialogData } from './reveal-dialog.component';

const DATA: RevealDialogData = {
  caseId: 'case-1',
  party: 'client',
  field: 'address',
  what: 'the client’s address',
};

describe('RevealDialogComponent', () => {
  let http: HttpTestingController;
  let close: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    close = vi.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatDialogRef, useValue: { close, disableClose: false } },
        { provide: MAT_DIALOG_DATA, useValue: DATA },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function submit(reason: string) {
    const fixture = TestBed.createComponent(RevealDialogComponent);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatInputHarness)).setValue(reason);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Reveal' }))).click();
    const reasonErrors = async () =>
      (
        await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Reason' }))
      ).getTextErrors();
    const problem = () =>
      (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent?.trim();
    return { fixture, reasonErrors, problem };
  }

  it('reveals the one field with the trimmed reason and hands the answer back', async () => {
    await submit('  Preparing the petition ');

    const req = http.expectOne('/api/cases/case-1/reveal');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      party: 'client',
      field: 'address',
      reason: 'Preparing the petition',
    });
    const answer = { party: 'client', field: 'address', status: 'revealed', value: '12 Hollow Rd' };
    req.flush(answer);

    expect(close).toHaveBeenCalledWith(answer);
  });

  it('asks for a reason of at least 5 characters before calling the API', async () => {
    const { fixture, reasonErrors } = await submit(' why ');
    await fixture.whenStable();

    http.expectNone('/api/cases/case-1/reveal');
    expect(await reasonErrors()).toEqual(['Reason must be at least 5 characters.']);
  });

  it('shows the server’s complaint about the reason under the field', async () => {
    const { fixture, reasonErrors } = await submit('Because I must');

    http
      .expectOne('/api/cases/case-1/reveal')
      .flush(
        { error: 'validation_failed', fields: [{ field: 'reason', message: 'is too vague' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();

    expect(await reasonErrors()).toEqual(['Reason is too vague.']);
    expect(close).not.toHaveBeenCalled();
  });

  it('says so, and stays open, when the role may not reveal', async () => {
    const { fixture, problem } = await submit('Preparing the petition');

    http
      .expectOne('/api/cases/case-1/reveal')
      .flush({ error: 'forbidden' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();

    expect(problem()).toBe('Your role cannot reveal confidential details.');
    expect(close).not.toHaveBeenCalled();
  });
});
