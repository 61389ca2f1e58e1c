import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CaseSummaryResponse, Role } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { aCaseSummary, aSessionUser } from '../../../testing/builders';
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

  afterEach(() => http.verify());

  async function open(
    role: Role,
    page: { items: CaseSummaryResponse[]; nextCursor: string | null },
  ) {
    TestBed.inject(SessionStore).start(aSessionUser({ role }));
    const harness = await RouterTestingHarness.create('/cases');
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
      advocate: 'Wren Calloway',
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

  it('opens the new-case form from its link and puts the created case at the top', async () => {
    const { harness, loader } = await open('advocate', {
      items: [aCaseSummary({ reference: 'HV-2026-0007' })],
      nextCursor: null,
    });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'New case' }))).click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/cases?dialog=new-case');
    const dialogs = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    const dialog = await dialogs.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('New case');

    const dialogRef = TestBed.inject(MatDialog).openDialogs.at(0);
    if (!dialogRef) {
      throw new Error('the new-case dialog is not open');
    }
    dialogRef.close(aCaseSummary({ reference: 'HV-2026-0008' }));
    await firstValueFrom(dialogRef.afterClosed());
    await harness.fixture.whenStable();

    const rows = await (await loader.getHarness(MatTableHarness)).getRows();
    const references = await Promise.all(
      rows.map(async (row) => (await row.getCellTextByColumnName())['reference']),
    );
    expect(references).toEqual(['HV-2026-0008', 'HV-2026-0007']);
    expect(TestBed.inject(Router).url).toBe('/cases');
  });

  it('says so when there are no cases', async () => {
    const { element } = await open('advocate', { items: [], nextCursor: null });

    expect(element.querySelector('table')).toBeNull();
    expect(element.textContent).toContain('You have no cases yet.');
  });
});
