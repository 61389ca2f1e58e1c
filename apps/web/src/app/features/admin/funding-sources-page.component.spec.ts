import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { FundingSourceResponse } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { aSessionUser } from '../../../testing/builders';
import { readableText } from '../../../testing/text';
import { adminRoutes } from './admin.routes';

function aSource(overrides: Partial<FundingSourceResponse> = {}): FundingSourceResponse {
  return {
    id: 'f0000000-0000-4000-8000-000000000001',
    name: 'VOCA 2026 subgrant',
    funder: 'VOCA',
    grantNumber: '26-V1234',
    startsOn: '2025-10-01',
    endsOn: null,
    ...overrides,
  };
}

describe('FundingSourcesPageComponent', () => {
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
    TestBed.inject(SessionStore).start(aSessionUser({ role: 'supervisor' }));
  });

  afterEach(() => http.verify());

  async function open(sources: FundingSourceResponse[]) {
    const harness = await RouterTestingHarness.create('/admin/funding-sources');
    http.expectOne('/api/funding-sources').flush({ items: sources });
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const root = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    const element = harness.routeNativeElement as HTMLElement;
    return { harness, loader, root, element };
  }

  async function openDialog(root: ReturnType<typeof TestbedHarnessEnvironment.documentRootLoader>) {
    const dialog = await root.getHarness(MatDialogHarness);
    const dialogRef = TestBed.inject(MatDialog).openDialogs.at(0);
    if (!dialogRef) throw new Error('the funding source dialog is not open');
    const input = (label: string) =>
      dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    const type = async (label: string, value: string) =>
      (await (await input(label)).getControl(MatInputHarness))?.setValue(value);
    return { dialog, closed: firstValueFrom(dialogRef.afterClosed()), input, type };
  }

  it('lists each source with its funder, the report it is counted in and when it is in use', async () => {
    const { loader } = await open([
      aSource(),
      aSource({
        id: 'f2',
        name: 'LSC basic field grant',
        funder: 'LSC',
        grantNumber: null,
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
      }),
    ]);

    const rows = await (await loader.getHarness(MatTableHarness)).getRows();
    const cells = await Promise.all(rows.map((r) => r.getCellTextByColumnName()));
    expect(cells.map((c) => [c['name'], c['funder'], c['reports'], c['inUse']])).toEqual([
      [
        'VOCA 2026 subgrant Grant 26-V1234',
        'Victims of Crime Act (VOCA)',
        'VOCA Performance Measurement Tool and Virginia DCJS VSDCS',
        'Oct 1, 2025 to now (no end date)',
      ],
      [
        'LSC basic field grant',
        'Legal Services Corporation (LSC)',
        'LSC Case Service Report',
        'Jan 1, 2026 to Dec 31, 2026',
      ],
    ]);
  }, 30_000);

  it('adds a source, and shows the API’s complaint about a taken name under the field', async () => {
    const { harness, loader, root, element } = await open([]);
    expect(readableText(element)).toContain('No funding sources yet.');

    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Add a funding source' }))
    ).click();
    const { dialog, closed, input, type } = await openDialog(root);
    await type('Name', '  OVW legal assistance 2026 ');
    await (await dialog.getHarness(MatSelectHarness)).clickOptions({ text: /\(OVW\)$/ });
    await type('Starts on', '2026-01-01');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Add funding source' }))).click();

    const post = http.expectOne('/api/funding-sources');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({
      name: 'OVW legal assistance 2026',
      funder: 'OVW',
      grantNumber: null,
      startsOn: '2026-01-01',
      endsOn: null,
    });
    post.flush(
      {
        error: 'FUNDING_SOURCE_NAME_TAKEN',
        message: 'another funding source already has this name',
        fields: [{ field: 'name', message: 'another funding source already has this name' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await harness.fixture.whenStable();
    expect(await (await input('Name')).getTextErrors()).toEqual([
      'Name another funding source already has this name.',
    ]);

    await type('Name', 'OVW legal assistance 2026 (second)');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Add funding source' }))).click();
    http
      .expectOne('/api/funding-sources')
      .flush(aSource({ id: 'f3', name: 'OVW legal assistance 2026 (second)', funder: 'OVW' }), {
        status: 201,
        statusText: 'Created',
      });
    await closed;
    await harness.fixture.whenStable();

    expect(readableText(element.querySelector('[role="status"]'))).toBe(
      'OVW legal assistance 2026 (second) was added; cases can now name it.',
    );
    expect(await (await loader.getHarness(MatTableHarness)).getRows()).toHaveLength(1);
  }, 30_000);

  it('refuses an end before the start before calling the API', async () => {
    const { harness, loader, root } = await open([]);
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Add a funding source' }))
    ).click();
    const { dialog, input, type } = await openDialog(root);
    await type('Name', 'VA DCJS V-STOP');
    await (await dialog.getHarness(MatSelectHarness)).clickOptions({ text: 'Virginia DCJS' });
    await type('Starts on', '2026-07-01');
    await type('Ends on (optional)', '2026-06-30');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Add funding source' }))).click();
    await harness.fixture.whenStable();

    http.expectNone('/api/funding-sources');
    expect(await (await input('Ends on (optional)')).getTextErrors()).toEqual([
      'Ends on must not be before the start date (2026-07-01).',
    ]);
    await dialog.close();
  }, 30_000);

  it('edits a source with PUT and keeps the list in name order', async () => {
    const source = aSource();
    const { harness, loader, root, element } = await open([
      aSource({ id: 'f0', name: 'LSC basic field grant', funder: 'LSC' }),
      source,
    ]);

    await (
      await loader.getHarness(
        MatButtonHarness.with({ selector: '[aria-label="Edit VOCA 2026 subgrant"]' }),
      )
    ).click();
    const { dialog, closed, type } = await openDialog(root);
    await type('Name', 'A VOCA subgrant');
    await type('Ends on (optional)', '2026-09-30');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save funding source' }))).click();

    const put = http.expectOne(`/api/funding-sources/${source.id}`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      name: 'A VOCA subgrant',
      funder: 'VOCA',
      grantNumber: '26-V1234',
      startsOn: '2025-10-01',
      endsOn: '2026-09-30',
    });
    put.flush({ ...source, name: 'A VOCA subgrant', endsOn: '2026-09-30' });
    await closed;
    await harness.fixture.whenStable();

    const rows = await (await loader.getHarness(MatTableHarness)).getRows();
    const names = await Promise.all(
      rows.map(async (r) => (await r.getCellTextByColumnName())['name']),
    );
    expect(names).toEqual([
      'A VOCA subgrant Grant 26-V1234',
      'LSC basic field grant Grant 26-V1234',
    ]);
    expect(readableText(element.querySelector('[role="status"]'))).toBe(
      'A VOCA subgrant was saved.',
    );
  }, 30_000);
});
