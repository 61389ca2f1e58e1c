import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { LawChangeReviewsResponse } from '@haven/contracts';

import { readableText } from '../../../testing/text';
import { LawChangeReviewsComponent } from './law-change-reviews.component';

const CHANGED: LawChangeReviewsResponse = {
  currentRulesSet: '2026.2',
  pending: 2,
  items: [
    {
      reviewId: 'r1',
      caseId: '00000000-0000-4000-8000-000000000001',
      caseReference: 'HV-2026-0042',
      rulesSet: '2026.2',
      previousRulesSet: '2026.1',
      reviewedAt: '2026-12-01T15:00:00.000Z',
      taskId: 't1',
      taskStatus: 'open',
      assigneeName: 'Invented Advocate',
      changes: [
        {
          what: 'deadline',
          ruleId: 'VA.PO.RESPONDENT_ADDRESS_CHANGE',
          ruleVersion: 'R26a@2024-07-01',
          label: 'notice_by',
          oldDate: null,
          newDate: '2026-01-12',
        },
      ],
    },
  ],
};

describe('the board’s list of deadlines changed by a law update', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(body: LawChangeReviewsResponse): Promise<string> {
    const fixture = TestBed.createComponent(LawChangeReviewsComponent);
    http.expectOne('/api/board/law-changes').flush(body);
    await fixture.whenStable();
    return readableText(fixture.nativeElement as HTMLElement);
  }

  it('lists each changed case with old and new dates, the rule version and the review task', async () => {
    const text = await render(CHANGED);
    expect(text).toContain('2 open case(s) still being reviewed');
    expect(text).toContain(
      'HV-2026-0042 — rules 2026.1 → 2026.2; Invented Advocate: review task open',
    );
    expect(text).toContain(
      'Deadline: Notice due: none → 2026-01-12 (rule version R26a@2024-07-01)',
    );
  });

  it('names a correction of the rules by its revision', async () => {
    const [item] = CHANGED.items;
    const text = await render({
      ...CHANGED,
      currentRulesSet: '2026.2+r1',
      items: [{ ...item!, previousRulesSet: '2026.2', rulesSet: '2026.2+r1' }],
    });
    expect(text).toContain('Rules 2026.2, revision 1.');
    expect(text).toContain('HV-2026-0042 — rules 2026.2 → 2026.2, revision 1;');
  });

  it('says so when no open case changed', async () => {
    const text = await render({ currentRulesSet: '2026.2', pending: 0, items: [] });
    expect(text).toContain(
      'No open case’s deadlines changed in a law update or a rules correction.',
    );
  });
});
