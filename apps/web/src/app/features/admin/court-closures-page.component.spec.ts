import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CourtClosureResponse } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { courtCivilDate } from '../../shared/dates/civil-date';
import { aSessionUser } from '../../../testing/builders';
import { readableText } from '../../../testing/text';
import { adminRoutes } from './admin.routes';

const YEAR = courtCivilDate(new Date()).slice(0, 4);

function aClosure(overrides: Partial<CourtClosureResponse> = {}): CourtClosureResponse {
  return {
    id: 'k0000000-0000-4000-8000-000000000001',
    closedOn: `${YEAR}-01-27`,
    courtIds: null,
    localityIds: null,
    allDay: true,
    kind: 'governor_or_president_day',
    name: 'Snow closure',
    authority: 'Executive Order 12 (invented)',
    createdAt: `${YEAR}-01-26T20:00:00.000Z`,
    ...overrides,
  };
}

describe('CourtClosuresPageComponent', () => {
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

  afterEach(() => {
    // The page loads the court directory for its locality choice; these tests are about closures.
    for (const req of http.match('/api/courts')) {
      req.flush({ courts: [], localities: [] });
    }
    http.verify();
  });

  async function open(closures: CourtClosureResponse[]) {
    const harness = await RouterTestingHarness.create('/admin/court-closures');
    const req = http.expectOne((r) => r.url === '/api/court-closures');
    expect([req.request.params.get('from'), req.request.params.get('to')]).toEqual([
      `${YEAR}-01-01`,
      `${YEAR}-12-31`,
    ]);
    req.flush({ items: closures });
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const element = harness.routeNativeElement as HTMLElement;
    const input = (name: string) =>
      loader.getHarness(MatInputHarness.with({ selector: `[formControlName="${name}"]` }));
    return { harness, loader, element, input };
  }

  it('lists the year’s closures, statewide or by court', async () => {
    const { loader } = await open([aClosure(), aClosure({ id: 'k2', courtIds: ['va-jdr-059'] })]);

    const rows = await (await loader.getHarness(MatTableHarness)).getRows();
    const cells = await Promise.all(rows.map((r) => r.getCellTextByColumnName()));
    expect(cells.map((c) => [c['closedOn'], c['name'], c['kind'], c['courts']])).toEqual([
      [
        `Jan 27, ${YEAR}`,
        'Snow closure',
        'Day closed by the Governor or the President',
        'Statewide',
      ],
      [
        `Jan 27, ${YEAR}`,
        'Snow closure',
        'Day closed by the Governor or the President',
        'va-jdr-059',
      ],
    ]);
  });

  it('adds a closure, showing the API’s field errors, then how many cases were recomputed', async () => {
    const { harness, loader, element, input } = await open([]);

    await (await input('closedOn')).setValue(`${YEAR}-02-27`);
    await (await input('name')).setValue('Flood closure');
    await (await input('authority')).setValue('Chief Judge’s order (invented)');
    await (await input('courtIds')).setValue(' va-jdr-059, va-gdc-059 ');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Add closure' }))).click();
    const first = http.expectOne((r) => r.method === 'POST');
    expect(first.request.body).toEqual({
      closedOn: `${YEAR}-02-27`,
      kind: 'court_closure',
      name: 'Flood closure',
      authority: 'Chief Judge’s order (invented)',
      allDay: true,
      courtIds: ['va-jdr-059', 'va-gdc-059'],
      // No locality chosen: the closure is the listed courts' alone.
      localityIds: null,
    });
    first.flush(
      {
        error: 'validation_failed',
        fields: [{ field: 'authority', message: 'must name the order that closed the court' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    const authority = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Authority' }),
    );
    expect(await authority.getTextErrors()).toEqual([
      'Authority must name the order that closed the court.',
    ]);

    await (await input('authority')).setValue('Chief Judge’s order 3 (invented)');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Add closure' }))).click();
    http
      .expectOne((r) => r.method === 'POST')
      .flush({
        closure: aClosure({ id: 'k3', closedOn: `${YEAR}-02-27`, name: 'Flood closure' }),
        recomputedCases: 4,
      });
    await harness.fixture.whenStable();

    expect(readableText(element.querySelector('[role="status"]'))).toBe(
      'Flood closure added; 4 open cases had their deadlines recomputed.',
    );
    expect(await (await loader.getHarness(MatTableHarness)).getRows()).toHaveLength(1);
  });

  it('removes a closure only after a second, explicit confirmation', async () => {
    const closure = aClosure();
    const { harness, loader, element } = await open([closure]);

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Remove' }))).click();
    http.expectNone((r) => r.method === 'DELETE');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Confirm removal' }))).click();
    http
      .expectOne(`/api/court-closures/${closure.id}`)
      .flush({ id: closure.id, recomputedCases: 1 });
    await harness.fixture.whenStable();

    expect(readableText(element.querySelector('[role="status"]'))).toBe(
      'Snow closure removed; 1 open case had their deadlines recomputed.',
    );
    expect(readableText(element)).toContain(`No closures entered for ${YEAR}.`);
  });
});
