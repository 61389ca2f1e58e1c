import type { Page } from 'playwright-core';

import { type BrowserSpec, browserSpec } from './support/browser-spec';
import { STAFF, query, signIn } from './support/demo';
import { focusedName, tabTo } from './support/keyboard';

// Issue 15's browser acceptance: the demo staff user runs the VOCA and the outcomes report by
// keyboard, sees each section's table with its chart, and axe-core finds nothing, at 1280 and at
// 390 px. The demo seed holds funding, services and orders, so the numbers are real.

let spec: BrowserSpec;

/** The table of a section, by its heading, as `row label → cell texts`. */
async function sectionTable(page: Page, title: string): Promise<Record<string, string[]>> {
  const region = page.getByRole('region', { name: title });
  await region.getByRole('table').waitFor();
  const rows = await region.getByRole('row').all();
  const table: Record<string, string[]> = {};
  for (const row of rows.slice(1)) {
    const header = (await row.getByRole('rowheader').innerText()).trim();
    table[header] = (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
  }
  return table;
}

/** Presses Shift+Tab until the focused element's name matches `name`. */
async function tabBackTo(page: Page, name: RegExp, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Shift+Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Shift+Tab never reached ${String(name)}`);
}

async function runReport(page: Page, title: string): Promise<void> {
  await tabTo(page, 'Run report');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: new RegExp(`^${title}`) }).waitFor();
}

describe('funder reports, for the staff who report to funders', () => {
  spec = browserSpec();
  let page: Page;

  beforeEach(() => {
    page = spec.page();
  });

  it('runs the VOCA and the outcomes report with tables and charts, by keyboard, at 1280 and 390 px', async () => {
    const runsBefore = await query<{ n: string }>(
      `select count(*) as n from audit_event where action = 'report_run'`,
    );
    await signIn(page, STAFF);
    await tabTo(page, 'Reports');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();

    // VOCA is the default report, on the federal quarter that contains today.
    await runReport(page, 'VOCA Performance Measurement Tool');
    const individuals = await sectionTable(page, 'Individuals who received services');
    const served = Number(individuals['All individuals served']?.[0]);
    expect(served).toBeGreaterThanOrEqual(5);
    const services = await sectionTable(page, 'Services provided');
    const [people, times] = (services['All services'] ?? []).map(Number);
    expect(times).toBeGreaterThanOrEqual(people ?? Infinity);
    await page
      .getByRole('region', { name: 'Individuals who received services' })
      .locator('canvas')
      .waitFor();
    await spec.audit(page, 'reports-voca');

    // The outcomes report, chosen by typing in the closed list box, which is back above the
    // button that ran the first one.
    await tabBackTo(page, /^Report(?!s)/);
    await page.keyboard.type('Protective');
    await page
      .getByRole('combobox', { name: 'Report' })
      .getByText('Protective-order outcomes')
      .waitFor();
    await runReport(page, 'Protective-order outcomes');
    const byKind = await sectionTable(page, 'Orders by kind');
    expect(byKind['All kinds']).toHaveLength(5);
    expect(Number(byKind['All kinds']?.[0])).toBeGreaterThanOrEqual(5);
    await page.getByRole('region', { name: 'Orders by kind' }).locator('canvas').waitFor();
    await spec.audit(page, 'reports-outcomes');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('region', { name: 'Orders by kind' }).getByRole('table').waitFor();
    await spec.audit(page, 'reports-outcomes-390');

    const runsAfter = await query<{ n: string }>(
      `select count(*) as n from audit_event where action = 'report_run'`,
    );
    expect(Number(runsAfter[0]?.n) - Number(runsBefore[0]?.n)).toBe(2);
  });
});
