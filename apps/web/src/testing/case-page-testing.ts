import type { HarnessLoader } from '@angular/cdk/testing';
import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { firstValueFrom } from 'rxjs';

import {
  type ReportFactsResponse,
  type SafeContactInstructionsResponse,
  type SpecialClassification,
  SPECIAL_CLASSIFICATIONS,
} from '@haven/contracts';

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

/**
 * Answers the requests of the case page's side cards (retention and legal hold, the funders'
 * facts, the service log, the funding sources, the case's planned reminders, the court directory
 * of the record dialogs, the safe-contact instructions, the filed documents) as a case without
 * any: the specs that drive the page's records answer these after the test, so their own verify
 * still sees every other request.
 */
export function flushCaseCards(http: HttpTestingController): void {
  const caseCard = (card: string) => (req: { method: string; url: string }) =>
    req.method === 'GET' && new RegExp(`^/api/cases/[^/]+/${card}$`).test(req.url);
  for (const req of http.match(caseCard('retention'))) {
    const caseId = req.request.url.split('/')[3];
    req.flush({ caseId, closedOn: null, purgeDueOn: null, purgedAt: null, legalHold: null });
  }
  for (const req of http.match(caseCard('activities'))) {
    req.flush({ items: [] });
  }
  // These two cards drop their request when the page moves to another case.
  for (const req of http.match(caseCard('documents')).filter((r) => !r.cancelled)) {
    req.flush({ items: [] });
  }
  for (const req of http.match(caseCard('safe-contact')).filter((r) => !r.cancelled)) {
    const answer: SafeContactInstructionsResponse = {
      recorded: false,
      mail: null,
      phone: null,
      hasSafeAddress: false,
      hasNote: false,
      allowedChannels: ['in_person'],
      updatedAt: null,
      updatedBy: null,
    };
    req.flush(answer);
  }
  for (const req of http.match((r) => r.url === '/api/tasks/planned' && r.params.has('caseId'))) {
    req.flush({ items: [] });
  }
  for (const req of http.match('/api/courts')) {
    req.flush({ courts: [], localities: [] });
  }
  for (const req of http.match('/api/funding-sources')) {
    req.flush({ items: [] });
  }
  const facts: ReportFactsResponse = {
    victimisations: [],
    legalIssues: [],
    lscProblemCode: null,
    serviceStatus: null,
    notServedReason: null,
    demographics: {
      raceEthnicity: [],
      gender: 'not_reported',
      ageBand: 'not_reported',
      classifications: Object.fromEntries(
        Object.keys(SPECIAL_CLASSIFICATIONS).map((key) => [key, 'not_reported']),
      ) as Record<SpecialClassification, 'not_reported'>,
    },
    funding: [],
  };
  for (const req of http.match(caseCard('report-facts'))) {
    req.flush(facts);
  }
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
