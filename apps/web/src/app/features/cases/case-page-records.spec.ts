import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CaseDetailResponse, Role } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { aCaseDetail, aDeadline, aSessionUser } from '../../../testing/builders';
import { aHearing, anOrder, aTimelineEntry } from '../../../testing/case-record-builders';
import {
  flushCaseCards,
  chooseIn,
  dialogsClosed,
  flushCaseRecords,
  formField,
  typeInto,
} from '../../../testing/case-page-testing';
import { readableText } from '../../../testing/text';
import type { CaseRecords } from './case-page.store';
import { casesRoutes } from './cases.routes';

const XSS = '<img src=x onerror=alert(1)>';

describe('the case page records what happens', () => {
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

  function flush(detail: CaseDetailResponse, records: Partial<CaseRecords> = {}): void {
    http.expectOne(`/api/cases/${detail.id}`).flush(detail);
    flushCaseRecords(http, detail.id, records);
  }

  async function open(role: Role, detail: CaseDetailResponse, records: Partial<CaseRecords> = {}) {
    TestBed.inject(SessionStore).start(aSessionUser({ role }));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/cases/${detail.id}`);
    flush(detail, records);
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const dialogs = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    const element = harness.routeNativeElement as HTMLElement;
    return { harness, loader, dialogs, element, text: () => readableText(element) };
  }

  const closed = dialogsClosed;
  const field = formField;
  const type = typeInto;
  const choose = chooseIn;

  it('records a final order with its stated expiry, then shows the recomputed deadlines', async () => {
    const detail = aCaseDetail({ deadlines: [] });
    const ppo = anOrder({ kind: 'FA_PPO', issuedOn: '2026-03-09' });
    const { harness, loader, dialogs, text } = await open('advocate', detail, { orders: [ppo] });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Record order' }))).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    await choose(dialog, 'Order kind', 'Family abuse final order');
    await type(dialog, 'Issued on', '2026-03-23');
    await type(dialog, 'Stated expiry (optional)', '2028-03-23');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record order' }))).click();

    const post = http.expectOne({ method: 'POST', url: `/api/cases/${detail.id}/orders` });
    expect(post.request.body).toEqual({
      kind: 'FA_PO',
      issuedOn: '2026-03-23',
      issuingCourtId: 'jdr-fairfax',
      issuingCourtKind: 'MAGISTRATE',
      issuingLocality: 'Fairfax County',
      statedExpiryOn: '2028-03-23',
      parentOrderId: ppo.id,
    });
    post.flush(anOrder({ kind: 'FA_PO' }));
    await closed();

    flush(
      { ...detail, deadlines: [aDeadline({ dueOn: '2028-03-23', kind: 'order_expiry' })] },
      { orders: [ppo, anOrder({ id: 'f1', kind: 'FA_PO' })] },
    );
    await harness.fixture.whenStable();
    expect(text()).toContain('Mar 23, 2028 · Order expires');
  }, 20_000);

  it('shows the API’s 400 field errors next to the fields they name, and keeps the dialog open', async () => {
    const detail = aCaseDetail();
    const { harness, loader, dialogs } = await open('advocate', detail, { orders: [anOrder()] });

    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Record service attempt' }))
    ).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    await type(dialog, 'Attempted on', '2026-03-07');
    await choose(dialog, 'Outcome', 'Respondent not found');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record attempt' }))).click();

    http.expectOne(`/api/cases/${detail.id}/service-attempts`).flush(
      {
        error: 'validation_failed',
        fields: [{ field: 'attemptedOn', message: 'must not be before the order was issued' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();

    expect(await (await field(dialog, 'Attempted on')).getTextErrors()).toEqual([
      'Attempted on must not be before the order was issued.',
    ]);
    expect(await dialogs.getAllHarnesses(MatDialogHarness)).toHaveLength(1);
  }, 20_000);

  it('refuses a violation without any act before asking the API, as the API would', async () => {
    const detail = aCaseDetail();
    const { harness, loader, dialogs, text } = await open('advocate', detail, {
      orders: [anOrder()],
    });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Record violation' }))).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record violation' }))).click();
    await harness.fixture.whenStable();
    expect(readableText(document.querySelector('mat-dialog-container'))).toContain(
      'Acts: choose at least 1.',
    );
    http.expectNone(`/api/cases/${detail.id}/violations`);

    await (
      await dialog.getHarness(MatCheckboxHarness.with({ label: 'Contacted the petitioner' }))
    ).check();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record violation' }))).click();
    const post = http.expectOne(`/api/cases/${detail.id}/violations`);
    expect(post.request.body).toMatchObject({ acts: ['contact'], basedOnViolence: false });
    post.flush({});
    await closed();
    flush(detail, { orders: [anOrder()] });
    await harness.fixture.whenStable();
    expect(text()).toContain('Orders and hearings');
  }, 20_000);

  it('continues an open hearing to a new date with a reason', async () => {
    const detail = aCaseDetail();
    const hearing = aHearing();
    const { harness, loader, dialogs } = await open('advocate', detail, { hearings: [hearing] });

    await (
      await loader.getHarness(
        MatButtonHarness.with({
          text: 'Continue',
          selector: '[aria-label^="Continue the hearing"]',
        }),
      )
    ).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    await type(dialog, 'New date', '2026-04-06');
    await type(dialog, 'Why it was continued', 'Respondent asked for counsel');
    // A preliminary order's full hearing: the dialog asks whether the court extended the order.
    await (await dialog.getHarness(MatRadioButtonHarness.with({ label: 'No' }))).check();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Continue hearing' }))).click();

    const post = http.expectOne(`/api/cases/${detail.id}/hearings/${hearing.id}/continuance`);
    expect(post.request.body).toEqual({
      scheduledOn: '2026-04-06',
      reason: 'Respondent asked for counsel',
      preliminaryOrderExtended: false,
    });
    post.flush({ continued: hearing, next: aHearing({ id: 'h2', scheduledOn: '2026-04-06' }) });
    await closed();
    flush(detail);
    await harness.fixture.whenStable();
  });

  it('shows the timeline with each deadline’s citation and explanation, and the case’s tasks', async () => {
    const detail = aCaseDetail();
    const { text } = await open('advocate', detail, {
      timeline: [
        aTimelineEntry(),
        aTimelineEntry({
          at: { date: '2026-03-23', time: null },
          kind: 'deadline',
          title: 'Full hearing due by: family abuse preliminary protective order',
          details: {
            citation: 'Va. Code § 16.1-253(B)',
            explanation: 'The full hearing must be held within 15 days of the preliminary order.',
          },
        }),
        aTimelineEntry({
          at: { date: '2026-03-20', time: null },
          kind: 'task_due',
          title: 'Task due: Confirm service with the sheriff',
          refs: { taskId: 't1' },
          details: { status: 'open', assigneeName: 'Wren Calloway', sourceRule: null },
        }),
      ],
    });

    expect(text()).toContain(
      'Mar 23, 2026 Deadline Full hearing due by: family abuse preliminary protective order The full hearing must be held within 15 days of the preliminary order. Va. Code § 16.1-253(B)',
    );
    expect(text()).toContain('Confirm service with the sheriff Due Mar 20, 2026 · Wren Calloway');
  });

  it('completes a task in one click and reloads the case', async () => {
    const detail = aCaseDetail();
    const task = aTimelineEntry({
      kind: 'task_due',
      title: 'Task due: Call the client',
      refs: { taskId: 'b9a7c3d1-0000-4000-8000-000000000001' },
      details: { status: 'open', assigneeName: null, sourceRule: null },
    });
    const { harness, loader } = await open('advocate', detail, { timeline: [task] });

    await (
      await loader.getHarness(
        MatButtonHarness.with({ selector: '[aria-label="Complete task: Call the client"]' }),
      )
    ).click();
    http
      .expectOne({
        method: 'POST',
        url: '/api/tasks/b9a7c3d1-0000-4000-8000-000000000001/complete',
      })
      .flush({});
    await harness.fixture.whenStable();
    flush(detail);
    await harness.fixture.whenStable();
  });

  it('reveals a note’s body with a reason and shows stored markup as text (A6, C4)', async () => {
    const detail = aCaseDetail({ clientName: XSS });
    const note = {
      id: 'n1',
      authorId: 'a',
      authorName: 'Wren Calloway',
      createdAt: '2026-03-09T14:00:00Z',
    };
    const { harness, loader, dialogs, element } = await open('advocate', detail, {
      notes: [note],
    });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Read note' }))).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Reveal the note by Wren Calloway of 2026-03-09');
    await typeInto(dialog, 'Reason', ' Preparing the hearing ');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Reveal' }))).click();
    const post = http.expectOne({ method: 'POST', url: `/api/cases/${detail.id}/notes/n1/reveal` });
    expect(post.request.body).toEqual({ reason: 'Preparing the hearing' });
    post.flush({ ...note, status: 'revealed', body: XSS });
    await closed();
    await harness.fixture.whenStable();

    expect(element.querySelector('img')).toBeNull();
    expect(element.querySelector('.body')?.textContent).toBe(XSS);
    expect(element.textContent).toContain(XSS);
  });

  it('offers staff no record, complete or note actions', async () => {
    const detail = aCaseDetail();
    const { loader } = await open('staff', detail, {
      orders: [anOrder()],
      hearings: [aHearing()],
      notes: [{ id: 'n1', authorId: null, authorName: null, createdAt: '2026-03-09T14:00:00Z' }],
    });

    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /^Record/ }))).toHaveLength(
      0,
    );
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Read note' }))).toHaveLength(
      0,
    );
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Add note' }))).toHaveLength(
      0,
    );
  });

  it('opens the form a link names (?record=order), so a supervisor can send it', async () => {
    const detail = aCaseDetail();
    TestBed.inject(SessionStore).start(aSessionUser({ role: 'supervisor' }));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/cases/${detail.id}?record=order`);
    flush(detail, { orders: [anOrder()] });
    await harness.fixture.whenStable();

    const dialogs = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    const dialog = await dialogs.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Record an order');
    // A supervisor may give a reason to accept a stated expiry beyond the maximum.
    await field(dialog, 'Reason to accept a stated expiry beyond the maximum (optional)');
    await dialog.close();
    await closed();
  });

  it('records the court granting a pending motion to extend, with the extended order’s date', async () => {
    const detail = aCaseDetail();
    const motion = {
      id: 'c3d4e5f6-0000-4000-8000-000000000001',
      orderId: '5d0c1e2f-3a4b-4c5d-8e6f-000000000001',
      filedOn: '2027-02-01',
      filedTime: null,
      outcome: 'pending' as const,
      decidedOn: null,
      grantedOrderId: null,
      timeliness: null,
    };
    const order = anOrder({ kind: 'FA_PO', extensionMotions: [motion] });
    const { loader, dialogs } = await open('advocate', detail, { orders: [order] });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Granted' }))).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    await type(dialog, 'Extended order issued on', '2027-03-01');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record decision' }))).click();

    const post = http.expectOne(
      `/api/cases/${detail.id}/orders/${order.id}/extension-motions/${motion.id}/grant`,
    );
    expect(post.request.body).toEqual({ issuedOn: '2027-03-01' });
    post.flush({ motion: { ...motion, outcome: 'granted' }, order: anOrder({ id: 'new' }) });
    await closed();
    flush(detail, { orders: [order] });
  });
});
