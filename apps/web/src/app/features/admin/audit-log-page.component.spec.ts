import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { AuditEventView } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { aSessionUser } from '../../../testing/builders';
import { readableText } from '../../../testing/text';
import { adminRoutes } from './admin.routes';

function anEvent(id: string, overrides: Partial<AuditEventView> = {}): AuditEventView {
  return {
    id,
    occurredAt: '2026-11-24T15:00:00.000Z',
    action: 'reveal',
    actorUserId: 'u0000000-0000-4000-8000-000000000001',
    actorName: 'Wren Calloway',
    targetType: 'case_file',
    targetId: 'c0000000-0000-4000-8000-000000000001',
    caseReference: 'HV-2026-0001',
    requestId: 'req-1',
    ip: '127.0.0.1',
    route: 'POST /api/cases/:caseId/reveal',
    ...overrides,
  };
}

describe('AuditLogPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'admin', children: adminRoutes }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).start(aSessionUser({ role: 'admin' }));
  });

  afterEach(() => http.verify());

  async function open() {
    const harness = await RouterTestingHarness.create('/admin/audit');
    http.expectOne('/api/users').flush({ items: [] });
    http
      .expectOne((r) => r.url === '/api/admin/audit' && !r.params.has('cursor'))
      .flush({
        events: [anEvent('41'), anEvent('40', { caseReference: null, targetType: 'user' })],
        nextCursor: '40',
      });
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    return { harness, loader, element: harness.routeNativeElement as HTMLElement };
  }

  it('lists the newest rows with case references, then older ones from the cursor', async () => {
    const { harness, loader, element } = await open();
    const rows = () =>
      Array.from(element.querySelectorAll('tr.mat-mdc-row'), (r) => readableText(r));
    expect(rows()).toHaveLength(2);
    expect(rows()[0]).toContain('reveal');
    expect(rows()[0]).toContain('Wren Calloway');
    expect(rows()[0]).toContain('HV-2026-0001');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Older rows' }))).click();
    http
      .expectOne((r) => r.url === '/api/admin/audit' && r.params.get('cursor') === '40')
      .flush({ events: [anEvent('39')], nextCursor: null });
    await harness.fixture.whenStable();
    expect(rows()).toHaveLength(3);
    expect(readableText(element)).not.toContain('Older rows');
  }, 30_000);

  it('sends the filters typed and shows a refusal naming the field', async () => {
    const { harness, loader, element } = await open();
    await (
      await loader.getHarness(MatInputHarness.with({ selector: '[name=caseReference]' }))
    ).setValue('HV-2026-0007');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Search' }))).click();
    const req = http.expectOne((r) => r.url === '/api/admin/audit');
    expect(req.request.params.get('caseReference')).toBe('HV-2026-0007');
    expect(req.request.params.has('action')).toBe(false);
    req.flush(
      { error: 'validation_failed', fields: [{ field: 'from', message: 'must be a date' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(readableText(element.querySelector('[role=alert]'))).toContain('from: must be a date');
  }, 30_000);

  it('verifies the hash chain and says where it breaks', async () => {
    const { harness, loader, element } = await open();
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Verify the audit chain' }))
    ).click();
    http.expectOne('/api/admin/audit/verify').flush({
      verified: false,
      rows: 120,
      firstBrokenRow: { id: '77', reason: 'hash does not match the row' },
      brokenOutsideOrganisation: false,
    });
    await harness.fixture.whenStable();
    expect(readableText(element.querySelector('[role=status]'))).toContain(
      'Audit chain broken at row 77: hash does not match the row',
    );
  }, 30_000);

  it("says the chain is broken outside the organisation's rows, naming no row, to call the operator", async () => {
    const { harness, loader, element } = await open();
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Verify the audit chain' }))
    ).click();
    http.expectOne('/api/admin/audit/verify').flush({
      verified: false,
      rows: 120,
      firstBrokenRow: null,
      brokenOutsideOrganisation: true,
    });
    await harness.fixture.whenStable();
    const status = readableText(element.querySelector('[role=status]'));
    expect(status).toContain("Audit chain broken outside your organisation's rows");
    expect(status).toContain('Ask the operator');
    expect(status).not.toContain('row undefined');
  }, 30_000);
});
