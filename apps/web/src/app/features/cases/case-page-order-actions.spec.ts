import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CaseDetailResponse, Role, ServiceAttemptResponse } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { aCaseDetail, aSessionUser } from '../../../testing/builders';
import { anOrder } from '../../../testing/case-record-builders';
import {
  flushCaseCards,
  dialogsClosed,
  flushCaseRecords,
  formField,
  typeInto,
} from '../../../testing/case-page-testing';
import { readableText } from '../../../testing/text';
import type { CaseRecords } from './case-page.store';
import { casesRoutes } from './cases.routes';

function anAttempt(overrides: Partial<ServiceAttemptResponse> = {}): ServiceAttemptResponse {
  return {
    id: '7a8b9c0d-0000-4000-8000-000000000001',
    caseId: '00000000-0000-4000-8000-000000000001',
    orderId: anOrder().id,
    attemptedOn: '2026-03-07',
    attemptedTime: null,
    servedBy: 'sheriff',
    method: 'personal',
    outcome: 'not_found',
    hasNotes: true,
    createdAt: '2026-03-07T15:00:00Z',
    ...overrides,
  };
}

describe('the case page acts on an order: dissolution, short extension, service notes', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'cases', children: casesRoutes }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    flushCaseCards(http);
    http.verify();
  });

  async function open(role: Role, detail: CaseDetailResponse, records: Partial<CaseRecords>) {
    TestBed.inject(SessionStore).start(aSessionUser({ role }));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/cases/${detail.id}`);
    http.expectOne(`/api/cases/${detail.id}`).flush(detail);
    flushCaseRecords(http, detail.id, records);
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const dialogs = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    const text = () => readableText(harness.routeNativeElement as HTMLElement);
    return { harness, loader, dialogs, text };
  }

  it('records an order dissolved on the date the court gave, then reloads the case', async () => {
    const detail = aCaseDetail();
    const order = anOrder({ kind: 'FA_PPO', status: 'served' });
    const { harness, loader, dialogs } = await open('advocate', detail, { orders: [order] });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Record dissolution' }))).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Record the order dissolved');
    await typeInto(dialog, 'Dissolved on', '2026-03-12');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record dissolution' }))).click();

    const post = http.expectOne({
      method: 'POST',
      url: `/api/cases/${detail.id}/orders/${order.id}/dissolve`,
    });
    expect(post.request.body).toEqual({ dissolvedOn: '2026-03-12' });
    post.flush({ ...order, status: 'dissolved', dissolvedOn: '2026-03-12' });
    await dialogsClosed();

    http.expectOne(`/api/cases/${detail.id}`).flush(detail);
    flushCaseRecords(http, detail.id, {
      orders: [{ ...order, status: 'dissolved', dissolvedOn: '2026-03-12' }],
    });
    await harness.fixture.whenStable();
    // A dissolved order is not dissolved or extended again.
    expect(
      await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Record dissolution' })),
    ).toHaveLength(0);
  });

  it('shows the API’s refusal of a dissolution above the form, and keeps the dialog open', async () => {
    const detail = aCaseDetail();
    const order = anOrder();
    const { loader, dialogs } = await open('advocate', detail, { orders: [order] });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Record dissolution' }))).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record dissolution' }))).click();
    http
      .expectOne(`/api/cases/${detail.id}/orders/${order.id}/dissolve`)
      .flush(
        { error: 'ORDER_NOT_CURRENT', message: 'A later order replaced this one.' },
        { status: 409, statusText: 'Conflict' },
      );

    expect(await dialog.getText()).toContain('A later order replaced this one.');
    await dialog.close();
    await dialogsClosed();
  });

  it('records an incapacity extension of an emergency order with its stated expiry', async () => {
    const detail = aCaseDetail();
    const epo = anOrder({ kind: 'FA_EPO' });
    const { loader, dialogs } = await open('advocate', detail, { orders: [epo] });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Record extension' }))).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    // An emergency order is extended for incapacity: that is the default.
    const kind = await (
      await formField(dialog, 'Why it was extended')
    ).getControl(MatSelectHarness);
    expect(await kind?.getValueText()).toContain('hospitalised or incapacitated');
    await typeInto(dialog, 'Granted on', '2026-03-09');
    await typeInto(dialog, 'Expiry time (optional)', '17:00');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record extension' }))).click();
    // A time without its date is refused here, as the API would (RequiresField).
    expect(await (await formField(dialog, 'Expiry time (optional)')).getTextErrors()).toEqual([
      'Expiry time may only be given with the date it belongs to.',
    ]);
    http.expectNone(`/api/cases/${detail.id}/orders/${epo.id}/extensions`);

    await typeInto(dialog, 'Stated expiry (optional)', '2026-03-12');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record extension' }))).click();
    const post = http.expectOne({
      method: 'POST',
      url: `/api/cases/${detail.id}/orders/${epo.id}/extensions`,
    });
    expect(post.request.body).toEqual({
      kind: 'incapacity',
      grantedOn: '2026-03-09',
      statedExpiryOn: '2026-03-12',
      statedExpiryTime: '17:00',
    });
    post.flush(
      {
        error: 'validation_failed',
        fields: [{ field: 'statedExpiryOn', message: 'must be after the date granted' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(await (await formField(dialog, 'Stated expiry (optional)')).getTextErrors()).toEqual([
      'Stated expiry must be after the date granted.',
    ]);
    await dialog.close();
    await dialogsClosed();
  });

  it('reveals an attempt’s notes with a reason, for this view only', async () => {
    const detail = aCaseDetail();
    const attempt = anAttempt();
    const { harness, loader, dialogs, text } = await open('advocate', detail, {
      orders: [anOrder()],
      serviceAttempts: [attempt],
    });
    expect(text()).toContain(
      'Respondent not found · Personal (handed to the respondent) · by sheriff',
    );
    expect(text()).not.toContain('Knocked twice');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Reveal notes' }))).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Reveal the notes of the attempt on Mar 7, 2026');
    await typeInto(dialog, 'Reason', '  Preparing the affidavit of service ');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Reveal' }))).click();

    const post = http.expectOne({
      method: 'POST',
      url: `/api/cases/${detail.id}/service-attempts/${attempt.id}/notes/reveal`,
    });
    expect(post.request.body).toEqual({ reason: 'Preparing the affidavit of service' });
    post.flush({ attemptId: attempt.id, status: 'revealed', notes: 'Knocked twice; no answer.' });
    await dialogsClosed();
    await harness.fixture.whenStable();
    expect(text()).toContain('Knocked twice; no answer.');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Hide notes' }))).click();
    expect(text()).not.toContain('Knocked twice');
  });

  it('tells staff an attempt has notes, with no way to reveal or record', async () => {
    const detail = aCaseDetail();
    const { loader, text } = await open('staff', detail, {
      orders: [anOrder()],
      serviceAttempts: [anAttempt()],
    });

    expect(text()).toContain('Notes recorded (confidential)');
    expect(
      await loader.getAllHarnesses(MatButtonHarness.with({ text: /^(Reveal|Record)/ })),
    ).toHaveLength(0);
  });
});
