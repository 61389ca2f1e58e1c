import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { aSessionUser } from '../../../testing/builders';
import { readableText } from '../../../testing/text';
import type { CalendarItem } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { provideHavenIcons } from '../../core/icons/haven-icons';
import { calendarRoutes } from './calendar.routes';

let sequence = 0;

function anItem(overrides: Partial<CalendarItem> = {}): CalendarItem {
  sequence += 1;
  return {
    id: `d0000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    date: '2026-03-09',
    time: null,
    kind: 'file_by',
    caseId: 'c0000000-0000-4000-8000-000000000001',
    caseReference: 'HV-2026-0001',
    title: 'File the motion to extend',
    ruleId: 'VA.FA.PO.EXTENSION_FILE_BY',
    citation: 'Va. Code § 16.1-279.1(B)',
    explanation: 'File the motion before the final order expires.',
    ...overrides,
  };
}

describe('CalendarPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHavenIcons(),
        provideRouter([{ path: 'calendar', children: calendarRoutes }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function answer(from: string, to: string, items: CalendarItem[], truncated = false): void {
    const req = http.expectOne((r) => r.url === '/api/calendar');
    expect([req.request.params.get('from'), req.request.params.get('to')]).toEqual([from, to]);
    expect(req.request.params.has('advocateId')).toBe(false);
    req.flush({ items, truncated });
  }

  async function open(
    url: string,
    from: string,
    to: string,
    items: CalendarItem[],
    truncated = false,
  ) {
    const harness = await RouterTestingHarness.create(url);
    answer(from, to, items, truncated);
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const element = harness.routeNativeElement as HTMLElement;
    const cell = (day: string) => element.querySelector<HTMLElement>(`td[data-day="${day}"]`);
    const press = async (key: string) => {
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await harness.fixture.whenStable();
    };
    return { harness, loader, element, cell, press };
  }

  const ITEMS = [
    anItem({
      kind: 'hearing',
      time: '09:30',
      title: 'Full hearing',
      caseReference: 'HV-2026-0002',
      ruleId: null,
      citation: null,
      explanation: null,
    }),
    anItem(),
  ];

  it('shows the month as a grid with one tab stop, and lists the chosen day’s entries with links', async () => {
    const { element, cell } = await open(
      '/calendar?date=2026-03-09',
      '2026-03-01',
      '2026-04-04',
      ITEMS,
    );

    expect(readableText(element.querySelector('h1'))).toBe('March 2026');
    expect(element.querySelectorAll('td[role="gridcell"]')).toHaveLength(35);
    expect(element.querySelectorAll('td[tabindex="0"]')).toHaveLength(1);
    expect(cell('2026-03-09')?.getAttribute('aria-selected')).toBe('true');
    expect(readableText(cell('2026-03-09')?.querySelector('.visually-hidden'))).toBe(
      'Monday, March 9, 2026: 2 entries',
    );

    const details = element.querySelector('section[aria-labelledby="day-heading"]');
    expect(readableText(details?.querySelector('h2'))).toBe('Monday, March 9, 2026');
    const entries = [...(details?.querySelectorAll('li') ?? [])].map((li) => readableText(li));
    // The all-day filing deadline comes before the timed hearing; kinds are words, not colours.
    expect(entries).toEqual([
      'All day File by: File the motion to extend HV-2026-0001 File the motion before the final order expires. Va. Code § 16.1-279.1(B)',
      '9:30 AM Hearing: Full hearing HV-2026-0002',
    ]);
    expect(details?.querySelector('a')?.getAttribute('href')).toBe(
      '/cases/c0000000-0000-4000-8000-000000000001',
    );
  });

  it('moves between days with the arrow keys and to the next month with Page Down', async () => {
    const { harness, cell, element, press } = await open(
      '/calendar?date=2026-03-09',
      '2026-03-01',
      '2026-04-04',
      ITEMS,
    );
    cell('2026-03-09')?.focus();

    await press('ArrowRight');
    expect(document.activeElement).toBe(cell('2026-03-10'));
    expect(readableText(element.querySelector('#day-heading'))).toBe('Tuesday, March 10, 2026');
    expect(readableText(element.querySelector('section.details'))).toContain('Nothing scheduled');

    await press('ArrowDown');
    expect(document.activeElement).toBe(cell('2026-03-17'));

    await press('PageDown');
    answer('2026-03-29', '2026-05-02', []);
    await harness.fixture.whenStable();
    expect(readableText(element.querySelector('h1'))).toBe('April 2026');
    expect(document.activeElement).toBe(cell('2026-04-17'));
    expect(TestBed.inject(Router).url).toBe('/calendar?view=month&date=2026-04-17');

    await press('Enter');
    expect(document.activeElement).toBe(element.querySelector('#day-heading'));
  });

  it('says when the range holds more entries than one answer carries, and up to which day', async () => {
    const { element } = await open(
      '/calendar?date=2026-03-09',
      '2026-03-01',
      '2026-04-04',
      ITEMS,
      true,
    );

    expect(readableText(element.querySelector('p[role="status"]'))).toBe(
      'This month has more entries than the calendar shows at once: only those up to Mar 9, 2026 are listed. The week view shows fewer days at a time.',
    );
  });

  it('shows no such notice when every entry of the range came', async () => {
    const { element } = await open('/calendar?date=2026-03-09', '2026-03-01', '2026-04-04', ITEMS);

    expect(element.querySelector('p[role="status"]')).toBeNull();
  });

  it("lets a supervisor choose one person's cases, asks for them and keeps the choice in the link", async () => {
    TestBed.inject(SessionStore).start(aSessionUser({ role: 'supervisor' }));
    const ADA = 'a0000000-0000-4000-8000-000000000001';
    const { harness, loader, element } = await open(
      '/calendar?date=2026-03-09',
      '2026-03-01',
      '2026-04-04',
      ITEMS,
      true,
    );
    http.expectOne('/api/users/assignable').flush({
      items: [
        { id: ADA, displayName: 'Ada Marsh', role: 'advocate' },
        {
          id: 'a0000000-0000-4000-8000-000000000002',
          displayName: 'Rowan Pike',
          role: 'supervisor',
        },
      ],
    });
    await harness.fixture.whenStable();
    expect(readableText(element.querySelector('p[role="status"]'))).toBe(
      'This month has more entries than the calendar shows at once: only those up to Mar 9, 2026 are listed. The week view shows fewer days at a time, and one person’s cases fewer entries.',
    );

    const select = await loader.getHarness(MatSelectHarness);
    expect(await select.getValueText()).toBe('Everyone’s open cases');
    await select.open();
    expect(await Promise.all((await select.getOptions()).map((o) => o.getText()))).toEqual([
      'Everyone’s open cases',
      'Ada Marsh (advocate)',
      'Rowan Pike (supervisor)',
    ]);
    await select.clickOptions({ text: 'Ada Marsh (advocate)' });
    const req = http.expectOne((r) => r.url === '/api/calendar');
    expect(req.request.params.get('advocateId')).toBe(ADA);
    req.flush({ items: [ITEMS[1]], truncated: false });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe(`/calendar?view=month&date=2026-03-09&advocate=${ADA}`);
    expect(element.querySelector('p[role="status"]')).toBeNull();
  });

  it('shows an advocate no choice of person and their own cases, even from a link naming another', async () => {
    TestBed.inject(SessionStore).start(aSessionUser({ role: 'advocate' }));
    const { loader } = await open(
      '/calendar?date=2026-03-09&advocate=a0000000-0000-4000-8000-000000000002',
      '2026-03-01',
      '2026-04-04',
      ITEMS,
    );
    expect(await loader.getAllHarnesses(MatSelectHarness)).toHaveLength(0);
    http.expectNone('/api/users/assignable');
  });

  it('switches to the week view and steps a week at a time', async () => {
    const { harness, loader, element } = await open(
      '/calendar?date=2026-03-09',
      '2026-03-01',
      '2026-04-04',
      ITEMS,
    );

    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Week' }))).check();
    answer('2026-03-08', '2026-03-14', ITEMS);
    await harness.fixture.whenStable();
    expect(readableText(element.querySelector('h1'))).toBe('Week of Sunday, March 8, 2026');
    expect(element.querySelectorAll('td[role="gridcell"]')).toHaveLength(7);

    await (await loader.getHarness(MatButtonHarness.with({ text: /Next week/ }))).click();
    answer('2026-03-15', '2026-03-21', []);
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/calendar?view=week&date=2026-03-16');
  });
});
