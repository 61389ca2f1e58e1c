import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CaseListResponse, CaseSummaryResponse, Role } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { aCaseSummary, aDeadline, aSessionUser } from '../../../testing/builders';
import { casesRoutes } from './cases.routes';

describe('CaseloadPageComponent', () => {
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
    // The court filter loads the court directory; these tests are about the caseload.
    for (const req of http.match('/api/courts')) {
      req.flush({ courts: [], localities: [] });
    }
    http.verify();
  });

  async function open(
    role: Role,
    page: {
      items: CaseSummaryResponse[];
      nextCursor: string | null;
      dueSoon?: CaseListResponse['dueSoon'];
      searchMatches?: CaseListResponse['searchMatches'];
    },
    url = '/cases',
  ) {
    TestBed.inject(SessionStore).start(aSessionUser({ role }));
    const harness = await RouterTestingHarness.create(url);
    http.expectOne((req) => req.url === '/api/cases').flush(page);
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const element = harness.routeNativeElement as HTMLElement;
    return { harness, loader, element };
  }

  it('lists an advocate’s cases under "My cases" with readable stage and order kind', async () => {
    const { loader, element } = await open('advocate', {
      items: [aCaseSummary({ reference: 'HV-2026-0001' })],
      nextCursor: null,
    });

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('My cases');
    const [row] = await (await loader.getHarness(MatTableHarness)).getRows();
    expect(await row?.getCellTextByColumnName()).toEqual({
      reference: 'HV-2026-0001',
      client: 'Juniper Ashdown',
      respondent: 'Corwin Fallow',
      stage: 'Awaiting service',
      orderKind: 'Family abuse final order',
      advocates: 'Wren Calloway',
      nextDeadline: 'None',
      openedOn: 'Mar 9, 2026',
    });
    expect(element.querySelector('table')?.getAttribute('role')).toBe('table');
  });

  it('titles the list "Cases" for other roles and offers them no new case they could not save', async () => {
    const { loader, element } = await open('staff', { items: [aCaseSummary()], nextCursor: null });

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Cases');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'New case' }))).toHaveLength(
      0,
    );
  });

  it('loads the next page when asked, and stops offering more at the end', async () => {
    const { harness, loader } = await open('advocate', {
      items: [aCaseSummary()],
      nextCursor: 'c1',
    });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Load more' }))).click();
    http
      .expectOne((req) => req.params.get('cursor') === 'c1')
      .flush({ items: [aCaseSummary()], nextCursor: null });
    await harness.fixture.whenStable();

    const table = await loader.getHarness(MatTableHarness);
    expect(await table.getRows()).toHaveLength(2);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Load more' }))).toHaveLength(
      0,
    );
  });

  it('links "New case" to the intake page', async () => {
    const { element } = await open('supervisor', { items: [], nextCursor: null });

    const link = [...element.querySelectorAll('a')].find(
      (a) => a.textContent?.trim() === 'New case',
    );
    expect(link?.getAttribute('href')).toBe('/cases/new');
  });

  it('links each reference to its case page', async () => {
    const item = aCaseSummary({ reference: 'HV-2026-0042' });
    const { element } = await open('advocate', { items: [item], nextCursor: null });

    const link = element.querySelector('td.reference a');
    expect(link?.textContent?.trim()).toBe('HV-2026-0042');
    expect(link?.getAttribute('href')).toBe(`/cases/${item.id}`);
  });

  it('names every advocate, and says "Unassigned" when there is none', async () => {
    const { loader } = await open('supervisor', {
      items: [
        aCaseSummary({
          advocates: [
            { id: 'a1', displayName: 'Ada Marsh' },
            { id: 'a2', displayName: 'Wren Calloway' },
          ],
        }),
        aCaseSummary({ advocates: [] }),
      ],
      nextCursor: null,
    });

    const rows = await (await loader.getHarness(MatTableHarness)).getRows();
    const cells = await Promise.all(rows.map((row) => row.getCellTextByColumnName()));
    expect(cells.map((cell) => cell['advocates'])).toEqual([
      'Ada Marsh, Wren Calloway',
      'Unassigned',
    ]);
  });

  it('shows the next deadline as a date and a short label, with the explanation as its title', async () => {
    const { loader, element } = await open('advocate', {
      items: [
        aCaseSummary({
          nextDeadline: aDeadline({
            dueOn: '2026-03-23',
            kind: 'hearing_by',
            explanation: 'The full hearing must be held within 15 days.',
          }),
        }),
      ],
      nextCursor: null,
    });

    const [row] = await (await loader.getHarness(MatTableHarness)).getRows();
    expect((await row?.getCellTextByColumnName())?.['nextDeadline']).toBe(
      'Mar 23, 2026Hearing due',
    );
    expect(element.querySelector('td .deadline')?.getAttribute('title')).toBe(
      'The full hearing must be held within 15 days.',
    );
  });

  it('says so when there are no cases', async () => {
    const { element } = await open('advocate', { items: [], nextCursor: null });

    expect(element.querySelector('table')).toBeNull();
    expect(element.textContent).toContain('You have no cases yet.');
  });

  it('shows how many cases of the whole filtered caseload are overdue or due within 7 days', async () => {
    const { element } = await open('advocate', {
      items: [aCaseSummary()],
      nextCursor: 'c1',
      dueSoon: { overdue: 1, dueWithin7Days: 12 },
    });

    const summary = element.querySelector('[aria-label="Due soon"]')?.textContent ?? '';
    expect(summary.replace(/\s+/g, ' ')).toContain('1 case overdue');
    expect(summary.replace(/\s+/g, ' ')).toContain('12 cases due in the next 7 days');
  });

  it('says how many cases a search matches', async () => {
    const { element } = await open(
      'supervisor',
      {
        items: [aCaseSummary()],
        nextCursor: null,
        dueSoon: { overdue: 0, dueWithin7Days: 1 },
        searchMatches: { count: 3, more: false },
      },
      '/cases?q=ashdown',
    );
    const status = element.querySelector('[role="status"]')?.textContent ?? '';
    expect(status.replace(/\s+/g, ' ')).toContain('3 cases match the search.');
  });

  it('says "more than 1,000" when a search matches past the cap, and shows no due-soon summary', async () => {
    const { element } = await open(
      'supervisor',
      {
        items: [aCaseSummary()],
        nextCursor: 'c1',
        dueSoon: null,
        searchMatches: { count: 1000, more: true },
      },
      '/cases?q=kettleby',
    );

    const status = element.querySelector('[role="status"]')?.textContent ?? '';
    expect(status.replace(/\s+/g, ' ')).toContain('More than 1,000 cases match.');
    expect(element.querySelector('[aria-label="Due soon"]')).toBeNull();
  });

  it('asks the API for the filters in the URL, and keeps them on the next page', async () => {
    TestBed.inject(SessionStore).start(aSessionUser());
    const harness = await RouterTestingHarness.create(
      '/cases?stage=awaiting_service&orderKind=FA_PPO&locality=Fairfax%20County&q=ash&sort=next_deadline&stage2=x',
    );
    const first = http.expectOne((req) => req.url === '/api/cases');
    expect(first.request.params.toString()).toBe(
      'limit=50&q=ash&stage=awaiting_service&orderKind=FA_PPO&locality=Fairfax%20County&sort=next_deadline',
    );
    first.flush({
      items: [aCaseSummary()],
      nextCursor: 'c1',
      dueSoon: { overdue: 0, dueWithin7Days: 0 },
    });
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Load more' }))).click();
    const next = http.expectOne((req) => req.params.get('cursor') === 'c1');
    expect(next.request.params.get('stage')).toBe('awaiting_service');
    expect(next.request.params.get('sort')).toBe('next_deadline');
    next.flush({ items: [], nextCursor: null, dueSoon: { overdue: 0, dueWithin7Days: 0 } });
  });

  it('filters by stage and search as the user chooses, from the first page again', async () => {
    const { harness, loader } = await open('advocate', {
      items: [aCaseSummary()],
      nextCursor: 'c1',
    });
    const field = (label: string) =>
      loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));

    const stage = await (await field('Stage')).getControl(MatSelectHarness);
    await stage?.open();
    await stage?.clickOptions({ text: 'Awaiting service' });
    await (await (await field('Search')).getControl(MatInputHarness))?.setValue('Ashdown');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await harness.fixture.whenStable();

    const request = http.expectOne((req) => req.url === '/api/cases');
    expect(request.request.params.get('stage')).toBe('awaiting_service');
    expect(request.request.params.get('q')).toBe('Ashdown');
    expect(request.request.params.has('cursor')).toBe(false);
    request.flush({ items: [], nextCursor: null, dueSoon: { overdue: 0, dueWithin7Days: 0 } });
    await harness.fixture.whenStable();
    expect((harness.routeNativeElement as HTMLElement).textContent).toContain(
      'No case matches these filters.',
    );
  });
});
