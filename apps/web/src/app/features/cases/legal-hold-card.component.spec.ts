import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CaseRetentionResponse, Role } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { aSessionUser } from '../../../testing/builders';
import { readableText } from '../../../testing/text';
import { LegalHoldCardComponent } from './legal-hold-card.component';

const CASE_ID = 'c0000000-0000-4000-8000-000000000001';
const CLOSED: CaseRetentionResponse = {
  caseId: CASE_ID,
  closedOn: '2026-03-02',
  purgeDueOn: '2031-03-02',
  purgedAt: null,
  legalHold: null,
};

describe('LegalHoldCardComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(role: Role, standing: CaseRetentionResponse) {
    TestBed.inject(SessionStore).start(aSessionUser({ role }));
    const fixture = TestBed.createComponent(LegalHoldCardComponent);
    fixture.componentRef.setInput('caseId', CASE_ID);
    fixture.detectChanges();
    http.expectOne(`/api/cases/${CASE_ID}/retention`).flush(standing);
    await fixture.whenStable();
    return {
      fixture,
      loader: TestbedHarnessEnvironment.loader(fixture),
      element: fixture.nativeElement as HTMLElement,
    };
  }

  it('lets a supervisor place a hold with a reason, then lift it', async () => {
    const { fixture, loader, element } = await open('supervisor', CLOSED);
    expect(readableText(element)).toContain('purged from');
    await (await loader.getHarness(MatInputHarness)).setValue('Subpoena in a custody matter');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Place a legal hold' }))).click();
    const put = http.expectOne(`/api/cases/${CASE_ID}/legal-hold`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ reason: 'Subpoena in a custody matter' });
    put.flush({
      ...CLOSED,
      legalHold: {
        placedAt: '2026-11-24T15:00:00.000Z',
        placedBy: null,
        reason: 'Subpoena in a custody matter',
      },
    });
    await fixture.whenStable();
    expect(readableText(element.querySelector('[role=status]'))).toBe(
      'Legal hold: Subpoena in a custody matter',
    );

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Lift the legal hold' }))).click();
    const del = http.expectOne(`/api/cases/${CASE_ID}/legal-hold`);
    expect(del.request.method).toBe('DELETE');
    del.flush(CLOSED);
    await fixture.whenStable();
    expect(element.querySelector('[role=status]')).toBeNull();
  });

  it('shows an advocate the purge date but no hold control', async () => {
    const { loader, element } = await open('advocate', CLOSED);
    expect(readableText(element)).toContain('purged from');
    expect(await loader.getAllHarnesses(MatButtonHarness)).toHaveLength(0);
  });
});
