import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CaseDetailResponse } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { aCaseDetail, aDeadline, aSessionUser } from '../../../testing/builders';
import { anOrder } from '../../../testing/case-record-builders';
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

// Issue 14 (rules-spec §1.12): the facts the amended statutes read, recorded from the case page,
// and each deadline shown with the rule version it was computed under.

describe('the case page records the facts of the 2024–2025 amendments', () => {
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

  async function open(detail: CaseDetailResponse, records: Partial<CaseRecords> = {}) {
    TestBed.inject(SessionStore).start(aSessionUser({ role: 'advocate' }));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/cases/${detail.id}`);
    flush(detail, records);
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const dialogs = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    const element = harness.routeNativeElement as HTMLElement;
    return { harness, loader, dialogs, text: () => readableText(element) };
  }

  it('records a four-year final order with the prior-order finding, then shows the rule version and citation', async () => {
    const detail = aCaseDetail({ deadlines: [] });
    const ppo = anOrder({ kind: 'FA_PPO', issuedOn: '2025-06-20' });
    const { harness, loader, dialogs, text } = await open(detail, { orders: [ppo] });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Record order' }))).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    await chooseIn(dialog, 'Order kind', 'Family abuse final order');
    await typeInto(dialog, 'Issued on', '2025-07-01');
    await typeInto(dialog, 'Stated expiry (optional)', '2029-07-01');
    await (
      await dialog.getHarness(MatCheckboxHarness.with({ label: /previous family-abuse/ }))
    ).check();
    await typeInto(dialog, 'Previous order issued on (optional)', '2019-04-15');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record order' }))).click();

    const post = http.expectOne({ method: 'POST', url: `/api/cases/${detail.id}/orders` });
    expect(post.request.body).toMatchObject({
      kind: 'FA_PO',
      issuedOn: '2025-07-01',
      statedExpiryOn: '2029-07-01',
      priorFamilyAbuseOrderFinding: true,
      priorFamilyAbuseOrderIssuedOn: '2019-04-15',
    });
    post.flush(anOrder({ kind: 'FA_PO' }));
    await dialogsClosed();

    flush(
      {
        ...detail,
        deadlines: [
          aDeadline({
            ruleId: 'VA.FA.PO.MAX_DURATION',
            ruleVersion: 'R10@2025-07-01',
            kind: 'order_expiry',
            dueOn: '2029-07-01',
            citation: 'Va. Code § 16.1-279.1(B) (as amended by 2025 Acts ch. 161)',
          }),
        ],
      },
      { orders: [ppo, anOrder({ id: 'f1', kind: 'FA_PO' })] },
    );
    await harness.fixture.whenStable();
    expect(text()).toContain('Rule version R10@2025-07-01');
    expect(text()).toContain('Va. Code § 16.1-279.1(B) (as amended by 2025 Acts ch. 161)');
  }, 20_000);

  it('does not offer the prior-order finding on a preliminary order', async () => {
    const { loader, dialogs } = await open(aCaseDetail());
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Record order' }))).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    await chooseIn(dialog, 'Order kind', 'Family abuse preliminary order');
    expect(
      await dialog.getAllHarnesses(MatCheckboxHarness.with({ label: /previous family-abuse/ })),
    ).toHaveLength(0);
  });

  it('records a Military Protective Order as the basis of a preliminary-order petition and shows the API’s field error on it', async () => {
    const detail = aCaseDetail();
    const { harness, loader, dialogs } = await open(detail, { orders: [anOrder()] });
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Record petition' }))).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    await chooseIn(dialog, 'Order sought', 'Family abuse preliminary order');
    await typeInto(dialog, 'Filed on', '2026-03-02');
    await (
      await dialog.getHarness(MatCheckboxHarness.with({ label: /Military Protective Order/ }))
    ).check();
    await chooseIn(
      dialog,
      'Issuing command',
      'A commanding officer of the Virginia National Guard',
    );
    await typeInto(dialog, 'Military order issued on', '2026-03-05');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record petition' }))).click();

    const post = http.expectOne({ method: 'POST', url: `/api/cases/${detail.id}/petitions` });
    expect(post.request.body).toMatchObject({
      orderKindSought: 'FA_PPO',
      filedOn: '2026-03-02',
      militaryProtectiveOrder: {
        issuingCommand: 'virginia_national_guard',
        issuedOn: '2026-03-05',
      },
    });
    post.flush(
      {
        error: 'INVALID_INPUT',
        fields: [
          {
            field: 'militaryProtectiveOrder.issuedOn',
            message: 'must be issued on or before the filing date',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(await (await formField(dialog, 'Military order issued on')).getTextErrors()).toEqual([
      'Military order issued on must be issued on or before the filing date.',
    ]);
  }, 20_000);

  it('records that the respondent moved and shows the 7-day notice deadline with its version and citation', async () => {
    const detail = aCaseDetail({ deadlines: [] });
    const { harness, loader, dialogs, text } = await open(detail, { orders: [anOrder()] });
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Respondent moved' }))).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    await typeInto(dialog, 'Moved on', '2026-03-02');
    await typeInto(dialog, 'New address (optional, confidential)', '12 Invented Row, Apt 3');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record move' }))).click();

    const post = http.expectOne({
      method: 'POST',
      url: `/api/cases/${detail.id}/respondent-moves`,
    });
    expect(post.request.body).toEqual({
      movedOn: '2026-03-02',
      newAddress: '12 Invented Row, Apt 3',
    });
    post.flush({});
    await dialogsClosed();
    flush(
      {
        ...detail,
        deadlines: [
          aDeadline({
            ruleId: 'VA.PO.RESPONDENT_ADDRESS_CHANGE',
            ruleVersion: 'R26a@2024-07-01',
            kind: 'notice_by',
            dueOn: '2026-03-09',
            citation: 'Va. Code §§ 16.1-253.1, 16.1-279.1',
          }),
        ],
      },
      { orders: [anOrder()] },
    );
    await harness.fixture.whenStable();
    expect(text()).toContain('Mar 9, 2026 · Notice due');
    expect(text()).toContain('Rule version R26a@2024-07-01');
    expect(text()).not.toContain('Invented Row');
  }, 20_000);
});
