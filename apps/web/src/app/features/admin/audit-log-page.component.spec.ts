import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatTableHarness } from '@angular/material/table/testing';
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
    const { harness, loader } = await open();
    const table = await loader.getHarness(MatTableHarness);
    expect((await table.getRows()).length).toBe(2);
    expect(await (await table.getRows())[0]!.getCellTextByColumnName()).toMatchObject({
      action: 'reveal',
      who: 'Wren Calloway',
      target: 'HV-2026-0001',
    });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Older rows' }))).click();
    const older = http.expectOne(
      (r) => r.url === '/api/admin/audit' && r.params.get('cursor') === '40',
    );
    older.flush({ events: [anEvent('39')], nextCursor: null });
    await harness.fixture.whenStable();
    expect((await table.getRows()).length).toBe(3);
    expect(
      await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Older rows' })),
    ).toHaveLength(0);
  });

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
  });

  it('verifies the hash chain and says where it breaks', async () => {
    const { harness, loader, element } = await open();
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Verify the audit chain' }))
    ).click();
    http.expectOne('/api/admin/audit/verify').flush({
      verified: false,
      rows: 120,
      firstBrokenRow: { id: '77', reason: 'hash does not match the row' },
    });
    await harness.fixture.whenStable();
    expect(readableText(element.querySelector('[role=status]'))).toContain(
      'Audit chain broken at row 77: hash does not match the row',
    );
  });
});
