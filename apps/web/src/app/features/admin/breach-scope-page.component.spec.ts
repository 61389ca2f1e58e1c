import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { UserResponse } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { aSessionUser } from '../../../testing/builders';
import { readableText } from '../../../testing/text';
import { adminRoutes } from './admin.routes';

const ACCOUNT: UserResponse = {
  id: 'u0000000-0000-4000-8000-000000000007',
  email: 'ivo.advocate@example.org',
  displayName: 'Ivo Brandt',
  role: 'advocate',
  active: true,
  createdAt: '2026-01-05T15:00:00.000Z',
};

describe('BreachScopePageComponent', () => {
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
    const harness = await RouterTestingHarness.create('/admin/breach-scope');
    http.expectOne('/api/users').flush({ items: [ACCOUNT] });
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    return { harness, loader, element: harness.routeNativeElement as HTMLElement };
  }

  it('asks for an account, then lists the clients it revealed or exported in the window', async () => {
    const { harness, loader, element } = await open();
    const find = await loader.getHarness(MatButtonHarness.with({ text: 'Find clients' }));
    expect(await find.isDisabled()).toBe(true);

    const account = await loader.getHarness(MatSelectHarness);
    await account.open();
    expect(await Promise.all((await account.getOptions()).map((o) => o.getText()))).toEqual([
      'Ivo Brandt (ivo.advocate@example.org)',
    ]);
    await account.clickOptions({ text: 'Ivo Brandt (ivo.advocate@example.org)' });
    await find.click();

    const get = http.expectOne((r) => r.url === '/api/breach-scope');
    expect(get.request.params.get('userId')).toBe(ACCOUNT.id);
    expect(new Date(get.request.params.get('to') ?? '').getTime()).toBeGreaterThan(
      new Date(get.request.params.get('from') ?? '').getTime(),
    );
    get.flush({
      userId: ACCOUNT.id,
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      clients: [
        {
          clientId: 'c1',
          clientName: 'Tamsin Okafor',
          caseReferences: ['HV-2026-0003', 'HV-2026-0009'],
          revealed: true,
          exported: true,
        },
      ],
      exports: [],
    });
    await harness.fixture.whenStable();

    const [row] = await (await loader.getHarness(MatTableHarness)).getRows();
    expect(await row?.getCellTextByColumnName()).toEqual({
      client: 'Tamsin Okafor',
      cases: 'HV-2026-0003, HV-2026-0009',
      how: 'revealed and exported',
    });
    expect(readableText(element)).toContain('Exports by this account (0)');
  }, 30_000);

  it('says which field the API refused', async () => {
    const { harness, loader, element } = await open();
    await (await loader.getHarness(MatSelectHarness)).clickOptions({ text: /^Ivo Brandt/ });
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Find clients' }))).click();
    http
      .expectOne((r) => r.url === '/api/breach-scope')
      .flush(
        {
          error: 'validation_failed',
          fields: [{ field: 'to', message: 'must not be before from' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await harness.fixture.whenStable();

    expect(readableText(element.querySelector('[role="alert"]'))).toBe(
      'to must not be before from',
    );
  }, 30_000);
});
