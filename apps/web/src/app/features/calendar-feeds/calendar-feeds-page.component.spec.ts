import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CalendarFeedSummary } from '@haven/contracts';

import { CalendarFeedsPageComponent } from './calendar-feeds-page.component';

const FEED: CalendarFeedSummary = {
  id: 'f0000000-0000-4000-8000-000000000001',
  createdAt: '2026-11-23T14:00:00.000Z',
  lastUsedAt: null,
};
const TOKEN = 'A'.repeat(43);

describe('CalendarFeedsPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(feeds: CalendarFeedSummary[]) {
    const fixture = TestBed.createComponent(CalendarFeedsPageComponent);
    http.expectOne('/api/calendar-feeds').flush({ feeds });
    fixture.detectChanges();
    await fixture.whenStable();
    return { fixture, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('shows a new feed’s address once, then only its summary after the feed is revoked', async () => {
    const { fixture, loader } = await open([]);
    expect(fixture.nativeElement.textContent).toContain('You have no calendar feeds.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Create a feed' }))).click();
    const create = http.expectOne({ method: 'POST', url: '/api/calendar-feeds' });
    create.flush({ ...FEED, path: `/api/calendar-feed/${TOKEN}.ics` });
    http.expectOne('/api/calendar-feeds').flush({ feeds: [FEED] });
    fixture.detectChanges();
    const address = await loader.getHarness(MatInputHarness);
    expect(await address.getValue()).toBe(
      `${window.location.origin}/api/calendar-feed/${TOKEN}.ics`,
    );
    expect(fixture.nativeElement.textContent).toContain('it will not be shown again');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Revoke' }))).click();
    http.expectOne({ method: 'DELETE', url: `/api/calendar-feeds/${FEED.id}` }).flush(null);
    http.expectOne('/api/calendar-feeds').flush({ feeds: [] });
    fixture.detectChanges();
    expect(await loader.getAllHarnesses(MatInputHarness)).toHaveLength(0);
    expect(fixture.nativeElement.textContent).not.toContain(TOKEN);
    expect(fixture.nativeElement.textContent).toContain('Feed revoked');
  });
});
