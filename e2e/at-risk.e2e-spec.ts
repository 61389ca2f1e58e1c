import { randomUUID } from 'node:crypto';

import type { Page } from 'playwright-core';

import { AT_RISK_PAGE_SIZE, type AtRiskResponse } from '@haven/contracts';

import { baseUrl } from './support/browser';
import { type BrowserSpec, browserSpec } from './support/browser-spec';
import { createCase, recordOrder } from './support/case-api';
import { SUPERVISOR, signIn, virginiaDate } from './support/demo';
import { focusLandsOn, tabTo } from './support/keyboard';
import { sidewaysOverflow } from './support/layout';

// The board's "Protection at risk" list past its first page (issue 18): a supervisor sees the
// first page and how many orders are at risk in all, and reads the rest with "Show more", by
// keyboard, on a desktop and on a 360 px phone. The demo holds fewer than a page, so the spec
// records, as the case forms would, emergency orders issued today with no petition filed since:
// each expires within three days (R01), so each is at risk.

let spec: BrowserSpec;

async function atRiskTotal(page: Page): Promise<number> {
  const res = await page.request.get(`${baseUrl()}/api/board/at-risk`);
  if (res.status() !== 200) throw new Error(`GET /api/board/at-risk answered ${res.status()}`);
  return ((await res.json()) as AtRiskResponse).total;
}

/** A new unassigned case with a family-abuse emergency order issued today and nothing after it. */
async function caseWithEmergencyOrderOnly(page: Page): Promise<void> {
  const tag = randomUUID().slice(0, 8);
  const created = await createCase(page, {
    clientName: `Marisol Quenby ${tag}`,
    respondentName: `Tobiah Larkspur ${tag}`,
    lastActOfAbuseOn: virginiaDate(),
    openedOn: virginiaDate(),
    orderKind: 'FA_EPO',
  });
  await recordOrder(page, created.id, { kind: 'FA_EPO', issuedOn: virginiaDate() });
}

describe("the board's orders at risk, page by page", () => {
  spec = browserSpec();

  it('shows the first page with the total, and the rest on "Show more" by keyboard, at 1280 and 360 px', async () => {
    const page = spec.page();
    await signIn(page, SUPERVISOR);
    const missing = AT_RISK_PAGE_SIZE + 3 - (await atRiskTotal(page));
    for (let i = 0; i < missing; i += 1) await caseWithEmergencyOrderOnly(page);
    const total = await atRiskTotal(page);
    expect(total).toBeGreaterThan(AT_RISK_PAGE_SIZE);
    expect(total).toBeLessThanOrEqual(2 * AT_RISK_PAGE_SIZE);

    await page.goto(`${baseUrl()}/board`);
    await page.getByRole('heading', { level: 1, name: 'Supervisor board' }).waitFor();
    const section = page.getByRole('region', { name: 'Protection at risk' });
    const items = section.locator('ul.at-risk > li');
    await section
      .getByRole('status')
      .filter({ hasText: `Showing ${AT_RISK_PAGE_SIZE} of ${total} orders at risk.` })
      .waitFor();
    expect(await items.count()).toBe(AT_RISK_PAGE_SIZE);
    await spec.audit(page, 'board-at-risk-first-page');

    await tabTo(page, 'Show more', 2 * AT_RISK_PAGE_SIZE + 60);
    await page.keyboard.press('Enter');
    // The second page holds the rest: every order at risk is listed, and nothing more is offered.
    await section.getByRole('button', { name: 'Show more' }).waitFor({ state: 'detached' });
    expect(await items.count()).toBe(total);
    await section
      .getByRole('status')
      .filter({ hasText: `Showing all ${total} orders at risk.` })
      .waitFor();
    // The keyboard goes on from the first order the second page added.
    const firstNew = await items.nth(AT_RISK_PAGE_SIZE).getByRole('link').innerText();
    await focusLandsOn(page, firstNew.trim());

    await page.setViewportSize({ width: 360, height: 780 });
    await items.last().scrollIntoViewIfNeeded();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await spec.audit(page, 'board-at-risk-all-360');
  });
});
