import type { Page } from 'playwright-core';

import { aCaseRequest } from '@haven/testing';

import { baseUrl } from './support/browser';
import { browserSpec } from './support/browser-spec';
import { ADVOCATE, query, signIn } from './support/demo';
import { tabTo, typeDate } from './support/keyboard';

// Issue 14's browser acceptance: an advocate records a final family-abuse order issued on
// Tue 1 Jul 2025 with the court's prior-order finding and a stated four-year expiry (R10 v2,
// 2025 Acts ch. 161), and the case page shows the deadline with its rule version and citation.
// Desk width, by keyboard except the two selects, axe-core clean.

async function csrfToken(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  return cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
}

async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('dialog').getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('a four-year family-abuse order with the prior-order finding', () => {
  const spec = browserSpec();
  let page: Page;

  beforeEach(() => {
    page = spec.page();
  });

  it('at 1280 px: records the order and shows R10@2025-07-01 with its citation on the case page', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, ADVOCATE);
    const opened = await page.request.post(`${baseUrl()}/api/cases`, {
      data: aCaseRequest(),
      headers: { 'X-CSRF-Token': await csrfToken(page) },
    });
    expect(opened.status()).toBe(201);
    const caseId = ((await opened.json()) as { id: string }).id;

    await page.goto(`${baseUrl()}/cases/${caseId}`);
    await page.getByRole('button', { name: 'Record order' }).waitFor();
    await tabTo(page, 'Record order', 200);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Issued on', { exact: true }).waitFor();

    await chooseOption(page, 'Order kind', 'Family abuse final order');
    await dialog.getByLabel('Issued on', { exact: true }).focus();
    await typeDate(page, '2025-07-01');
    await tabTo(page, 'Stated expiry');
    await typeDate(page, '2029-07-01');
    await chooseOption(page, 'Issuing court', 'Juvenile and domestic relations district court');
    await dialog.getByLabel('Issuing locality').focus();
    await page.keyboard.type('Fairfax County');
    await tabTo(page, 'Issuing court id');
    await page.keyboard.type('jdr-fairfax');
    await tabTo(page, 'previous family-abuse protective order');
    await page.keyboard.press('Space');
    await tabTo(page, 'Previous order issued on');
    await typeDate(page, '2019-04-15');
    await spec.audit(page, 'four-year-order-dialog');
    await tabTo(page, 'Record order');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    const [stored] = await query<{ finding: boolean; prior: string; expiry: string }>(
      `select prior_fa_order_finding as finding, to_char(prior_fa_order_issued_on, 'YYYY-MM-DD') as prior,
              to_char(stated_expiry_on, 'YYYY-MM-DD') as expiry
         from protective_order where case_id = $1`,
      [caseId],
    );
    expect(stored).toEqual({ finding: true, prior: '2019-04-15', expiry: '2029-07-01' });

    const deadline = page
      .locator('li.deadline')
      .filter({ hasText: 'Rule version R10@2025-07-01' })
      .first();
    await deadline.waitFor();
    const text = (await deadline.textContent()) ?? '';
    expect(text).toContain('16.1-279.1(B)');
    expect(await deadline.locator('time').first().getAttribute('datetime')).toBe('2029-07-01');
    await spec.audit(page, 'four-year-order-case-page');
  });
});
