import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { aCaseSummary } from '../../../testing/builders';
import { NewCaseDialogComponent } from './new-case-dialog.component';

describe('NewCaseDialogComponent', () => {
  let http: HttpTestingController;
  let close: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    close = vi.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatDialogRef, useValue: { close, disableClose: false } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function fillIn(orderKind: string | null) {
    const fixture = TestBed.createComponent(NewCaseDialogComponent);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const input = (selector: string) => loader.getHarness(MatInputHarness.with({ selector }));
    await (await input('[formControlName=clientName]')).setValue('  Juniper Ashdown ');
    await (await input('[formControlName=respondentName]')).setValue('Corwin Fallow');
    await (await input('[type=date]')).setValue('2026-03-09');
    if (orderKind) {
      const select = await loader.getHarness(MatSelectHarness);
      await select.open();
      await select.clickOptions({ text: orderKind });
    }
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Create case' }))).click();
    return { fixture, loader };
  }

  it('creates the case and hands it back to the caseload', async () => {
    await fillIn('Family abuse final order');
    const created = aCaseSummary();

    const req = http.expectOne('/api/cases');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      clientName: 'Juniper Ashdown',
      respondentName: 'Corwin Fallow',
      orderKind: 'FA_PO',
      openedOn: '2026-03-09',
    });
    req.flush(created, { status: 201, statusText: 'Created' });

    expect(close).toHaveBeenCalledWith(created);
  });

  it('leaves the order kind out when none is chosen', async () => {
    await fillIn(null);

    const req = http.expectOne('/api/cases');
    expect(req.request.body).not.toHaveProperty('orderKind');
    req.flush(aCaseSummary(), { status: 201, statusText: 'Created' });
  });

  it('shows the server’s field errors and stays open', async () => {
    const { fixture, loader } = await fillIn(null);

    http.expectOne('/api/cases').flush(
      {
        error: 'validation_failed',
        fields: [{ field: 'openedOn', message: 'is not a real date' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    const field = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Opened on' }),
    );
    expect(await field.getTextErrors()).toEqual(['Opened on is not a real date.']);
    expect(close).not.toHaveBeenCalled();
  });
});
