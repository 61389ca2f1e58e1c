import type { HarnessLoader } from '@angular/cdk/testing';
import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { firstValueFrom } from 'rxjs';

import type { CaseRecords } from '../app/features/cases/case-page.store';

// The case page's requests and its dialogs' fields, for the specs that drive the page.

/** Answers the case page's record requests (timeline, orders, hearings, notes, attempts). */
export function flushCaseRecords(
  http: HttpTestingController,
  caseId: string,
  records: Partial<CaseRecords> = {},
): void {
  http
    .expectOne(`/api/cases/${caseId}/timeline`)
    .flush({ caseId, entries: records.timeline ?? [] });
  http.expectOne(`/api/cases/${caseId}/orders`).flush({ items: records.orders ?? [] });
  http.expectOne(`/api/cases/${caseId}/hearings`).flush(records.hearings ?? []);
  http.expectOne(`/api/cases/${caseId}/notes`).flush({ items: records.notes ?? [] });
  http.expectOne(`/api/cases/${caseId}/service-attempts`).flush(records.serviceAttempts ?? []);
}

/** A dialog hands its answer over once its close animation is done. */
export async function dialogsClosed(): Promise<void> {
  await firstValueFrom(TestBed.inject(MatDialog).afterAllClosed);
}

export function formField(loader: HarnessLoader, label: string): Promise<MatFormFieldHarness> {
  return loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
}

export async function typeInto(loader: HarnessLoader, label: string, value: string): Promise<void> {
  const control = await (await formField(loader, label)).getControl(MatInputHarness);
  await control?.setValue(value);
}

export async function chooseIn(
  loader: HarnessLoader,
  label: string,
  option: string,
): Promise<void> {
  const control = await (await formField(loader, label)).getControl(MatSelectHarness);
  await control?.open();
  await control?.clickOptions({ text: option });
}
