import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { CaseDetailResponse, Role } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { aCaseDetail, aDeadline, aSessionUser } from '../../../testing/builders';
import { readableText } from '../../../testing/text';
import { flushCaseCards, flushCaseRecords } from '../../../testing/case-page-testing';
import type { CaseRecords } from './case-page.store';
import { casesRoutes } from './cases.routes';

const ADDRESS = '417 Quillfeather Lane, Fairfax, VA';

describe('CasePageComponent', () => {
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
    vi.restoreAllMocks();
  });

  function flushRecords(caseId: string, records: Partial<CaseRecords> = {}): void {
    flushCaseRecords(http, caseId, records);
  }

  async function open(role: Role, detail: CaseDetailResponse) {
    TestBed.inject(SessionStore).start(aSessionUser({ role }));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/cases/${detail.id}`);
    http.expectOne(`/api/cases/${detail.id}`).flush(detail);
    flushRecords(detail.id);
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const dialogs = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    const element = harness.routeNativeElement as HTMLElement;
    const text = () => readableText(element);
    return { harness, loader, dialogs, element, text };
  }

  it('shows who the case is about, where it stands and who works it', async () => {
    const { element, text } = await open(
      'advocate',
      aCaseDetail({
        reference: 'HV-2026-0001',
        clientName: 'Delphine Marrowby',
        respondentName: 'Carter Voss-Haldane',
        stage: 'intake',
        advocates: [
          { id: 'a1', displayName: 'Avery Quillfeather' },
          { id: 'a2', displayName: 'Morgan Larkspur' },
        ],
      }),
    );

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('HV-2026-0001');
    expect(text()).toContain('Client Delphine Marrowby');
    expect(text()).toContain('Respondent Carter Voss-Haldane');
    expect(text()).toContain('Stage Intake');
    expect(text()).toContain('Advocates Avery Quillfeather, Morgan Larkspur');
  });

  it('lists what the rules ask of a person, attorney reviews marked, each with its rule, version and citation', async () => {
    const { element, text } = await open(
      'advocate',
      aCaseDetail({
        notices: [
          {
            kind: 'attorney_review',
            ruleId: 'VA.FA.PO.MAX_DURATION',
            ruleVersion: 'R10@2025-07-01',
            text: 'Stated expiry Sun 2 Apr 2028 is after the maximum; accepted on a supervisor override.',
            citation: 'Va. Code § 16.1-279.1(B)',
            assumptions: ['A-10'],
            orderId: 'o1',
            hearingId: null,
            violationId: null,
          },
          {
            kind: 'task',
            ruleId: 'US.FFC.MODIFY_ONLY_IN_ISSUING_STATE',
            ruleVersion: 'R38@2021-01-01',
            text: 'Only MD can extend this order: ask its court before it expires.',
            citation: '18 U.S.C. § 2265',
            assumptions: [],
            orderId: 'o2',
            hearingId: null,
            violationId: null,
          },
        ],
      }),
    );

    const items = [...element.querySelectorAll('.notice')];
    expect(items.map((li) => readableText(li as HTMLElement).split(':')[0])).toEqual([
      'Attorney review',
      'To do',
    ]);
    expect(items[0]?.classList).toContain('review');
    expect(text()).toContain('Needs attention');
    expect(text()).toContain('Rule version R10@2025-07-01 · Va. Code § 16.1-279.1(B)');
    expect(text()).toContain('Only MD can extend this order: ask its court before it expires.');
  });

  it('shows no notice section when the rules raise none', async () => {
    const { text } = await open('advocate', aCaseDetail({ notices: [] }));
    expect(text()).not.toContain('Needs attention');
  });

  it('shows the eligibility answer with its orders, courts, reasons, citations and rule versions', async () => {
    const { text } = await open('advocate', aCaseDetail());

    expect(text()).toContain('The respondent is a family or household member of the client.');
    expect(text()).toContain(
      'Family abuse preliminary order (Juvenile and domestic relations district court): A former spouse is a family or household member. (Va. Code § 16.1-253)',
    );
    expect(text()).toContain(
      '(Who is a family or household member; Va. Code § 16.1-228; rule version R15@2021-01-01)',
    );
  });

  it('lists each deadline with its time, its act-by date when different, rule, rule version, citation and confidence', async () => {
    const { element } = await open(
      'advocate',
      aCaseDetail({
        deadlines: [
          aDeadline({
            ruleId: 'VA.FA.EPO.EXPIRY',
            ruleVersion: 'R01@2021-01-01',
            kind: 'order_expiry',
            dueOn: '2026-03-11',
            dueTime: '23:59',
            actByOn: '2026-03-10',
            citation: 'Va. Code § 16.1-253.4(C)',
            explanation: 'An emergency order expires at 11:59 p.m. on the third day.',
            confidence: 'source_explicit',
          }),
          aDeadline({ dueOn: '2026-03-23', actByOn: '2026-03-23', confidence: 'interpretation' }),
        ],
      }),
    );

    const items = [...element.querySelectorAll('.deadline')].map(readableText);
    expect(items[0]).toBe(
      'Mar 11, 2026 at 11:59 PM · Order expires Act by Mar 10, 2026 An emergency order expires at 11:59 p.m. on the third day. EPO expiry and court-day rollover · Rule version R01@2021-01-01 · Va. Code § 16.1-253.4(C) · Stated in the source',
    );
    expect(items[1]).not.toContain('Act by');
    expect(items[1]).toContain('Interpretation of the source');
  });

  it('says so when the case is not one the user can see', async () => {
    TestBed.inject(SessionStore).start(aSessionUser());
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/cases/00000000-0000-4000-8000-000000009999');
    http
      .expectOne('/api/cases/00000000-0000-4000-8000-000000009999')
      .flush({ error: 'CASE_NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    flushRecords('00000000-0000-4000-8000-000000009999');
    await harness.fixture.whenStable();

    expect((harness.routeNativeElement as HTMLElement).querySelector('h1')?.textContent).toBe(
      'Case not found',
    );
  });

  it('masks the client’s contact details and reveals one for this view only, with a reason', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const detail = aCaseDetail();
    const { harness, loader, dialogs, text } = await open('advocate', detail);
    expect(text()).not.toContain('417 Quillfeather');
    expect(text()).toContain('Address •••• hidden');

    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Reveal client address' }))
    ).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Reveal the client’s address');
    const dialogRef = TestBed.inject(MatDialog).openDialogs.at(0);
    if (!dialogRef) throw new Error('the reveal dialog is not open');
    const closed = firstValueFrom(dialogRef.afterClosed());
    await (await dialog.getHarness(MatInputHarness)).setValue('Preparing the petition');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Reveal' }))).click();
    const reveal = http.expectOne(`/api/cases/${detail.id}/reveal`);
    expect(reveal.request.body).toEqual({
      party: 'client',
      field: 'address',
      reason: 'Preparing the petition',
    });
    reveal.flush({ party: 'client', field: 'address', status: 'revealed', value: ADDRESS });
    await closed;
    await harness.fixture.whenStable();

    expect(text()).toContain(`Address ${ADDRESS}`);
    expect(text()).toContain('Phone •••• hidden');
    expect(setItem).not.toHaveBeenCalled();

    // Another case reuses the page; the revealed value must not follow.
    const other = aCaseDetail();
    await harness.navigateByUrl(`/cases/${other.id}`);
    http.expectOne(`/api/cases/${other.id}`).flush(other);
    flushRecords(other.id);
    await harness.fixture.whenStable();
    expect(text()).not.toContain('417 Quillfeather');
  });

  it('shows staff the masks without any Reveal button', async () => {
    const { loader, text } = await open('staff', aCaseDetail());

    expect(text()).toContain('Address •••• hidden');
    expect(text()).toContain('Your role cannot reveal these details.');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /^Reveal/ }))).toHaveLength(
      0,
    );
  });
});
