import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter } from '@angular/router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { AtRiskItem } from '@haven/contracts';

import { anAtRiskItem } from '../../../testing/board-builders';
import { readableText } from '../../../testing/text';
import { provideHavenIcons } from '../../core/icons/haven-icons';
import { AtRiskListComponent } from './at-risk-list.component';

const item = (reference: string, orderId: string): AtRiskItem =>
  anAtRiskItem({
    case: { id: 'c0000000-0000-4000-8000-000000000002', reference, clientName: 'Marisol Vane' },
    order: { id: orderId, kind: 'FA_PO', issuedOn: '2024-03-20' },
  });

describe('AtRiskListComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHavenIcons(),
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(items: AtRiskItem[], total: number, nextCursor: string | null) {
    const fixture = TestBed.createComponent(AtRiskListComponent);
    fixture.componentRef.setInput('items', items);
    fixture.componentRef.setInput('today', '2026-03-09');
    fixture.componentRef.setInput('total', total);
    fixture.componentRef.setInput('nextCursor', nextCursor);
    fixture.componentRef.setInput('courtDays', 10);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, loader, element };
  }

  it('says how many of the orders at risk it shows, and reads the next page on "Show more"', async () => {
    const { fixture, loader, element } = await render(
      [item('HV-2025-0001', 'o0000000-0000-4000-8000-000000000001')],
      3,
      'cursor-1',
    );
    expect(readableText(element)).toContain('Showing 1 of 3 orders at risk.');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Show more' }))).click();
    const request = http.expectOne(
      (req) =>
        req.url === '/api/board/at-risk' &&
        req.params.get('after') === 'cursor-1' &&
        req.params.get('courtDays') === '10',
    );
    request.flush({
      today: '2026-03-09',
      courtDays: 10,
      items: [
        item('HV-2025-0002', 'o0000000-0000-4000-8000-000000000002'),
        item('HV-2025-0003', 'o0000000-0000-4000-8000-000000000003'),
      ],
      total: 3,
      nextCursor: null,
    });
    await fixture.whenStable();

    const references = [...element.querySelectorAll('li.item a')].map((a) => a.textContent?.trim());
    expect(references).toEqual(['HV-2025-0001', 'HV-2025-0002', 'HV-2025-0003']);
    expect(readableText(element)).not.toContain('Showing 3 of 3');
    expect(readableText(element)).toContain('Showing all 3 orders at risk.');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Show more' }))).toEqual([]);
    // The button is gone: the keyboard goes on from the first order the page added.
    expect(document.activeElement?.textContent?.trim()).toBe('HV-2025-0002');
  });

  it('offers no more when the first page is the whole list', async () => {
    const { loader, element } = await render(
      [item('HV-2025-0001', 'o0000000-0000-4000-8000-000000000001')],
      1,
      null,
    );
    expect(readableText(element)).not.toContain('Showing');
    expect(await loader.getAllHarnesses(MatButtonHarness)).toEqual([]);
  });
});
