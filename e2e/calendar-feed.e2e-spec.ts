import type { Page } from 'playwright-core';

import { baseUrl } from './support/browser';
import { browserSpec } from './support/browser-spec';
import { ADVOCATE, query, signIn } from './support/demo';
import { tabTo } from './support/keyboard';

// Issue 16's browser acceptance: an advocate creates a calendar feed from the toolbar, copies its
// address (shown once), the address serves an iCalendar, and revoking it makes the address 404;
// at desktop and phone widths, by keyboard, axe-clean.

describe('an advocate creates and revokes a calendar feed', () => {
  const spec = browserSpec();

  async function createAndRevoke(page: Page, label: string): Promise<void> {
    await page.goto(`${baseUrl()}/cases`);
    await tabTo(page, /^Calendar feeds$/, 80);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Calendar feeds' }).waitFor();
    await spec.audit(page, `calendar-feeds-${label}`);
    const before = await liveFeeds();

    await tabTo(page, /^Create a feed$/, 40);
    await page.keyboard.press('Enter');
    const address = page.getByRole('textbox', { name: /New feed address/ });
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/\/api\/calendar-feed\/[A-Za-z0-9_-]{43}\.ics$/);
    await spec.audit(page, `calendar-feeds-created-${label}`);
    expect(await liveFeeds()).toBe(before + 1);

    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['cache-control']).toBe('private, no-store');
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

    const revoke = page.getByRole('button', { name: /^Revoke the feed created/ }).first();
    await revoke.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Feed revoked' }).waitFor();
    expect(await liveFeeds()).toBe(before);
    expect((await page.request.get(url)).status()).toBe(404);
  }

  function liveFeeds(): Promise<number> {
    return query<{ n: number }>(
      `select count(*)::int as n from calendar_feed f join app_user u on u.id = f.user_id
        where u.email = $1 and f.revoked_at is null`,
      [ADVOCATE],
    ).then((rows) => rows[0]?.n ?? 0);
  }

  it('at 1280 px', async () => {
    const page = spec.page();
    await signIn(page, ADVOCATE);
    await createAndRevoke(page, '1280');
  });

  it('at 390 px', async () => {
    const page = spec.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, ADVOCATE);
    await createAndRevoke(page, '390');
  });
});
