import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';

import { baseUrl } from './support/browser';
import { browserSpec } from './support/browser-spec';
import { SUPERVISOR, query, signIn } from './support/demo';
import { tabTo } from './support/keyboard';

// Issue 16's browser acceptance: a supervisor exports the board's deadlines as a printable PDF,
// sees the export's progress bar and then its download link, at desktop and phone widths, by
// keyboard, axe-clean; the file is a PDF sent as an attachment, and the export is audited.

describe('a supervisor exports the board’s deadlines as PDF', () => {
  const spec = browserSpec();

  async function exportReport(page: Page, label: string): Promise<void> {
    await page.goto(`${baseUrl()}/board`);
    await page.getByRole('heading', { level: 1, name: 'Supervisor board' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Printable deadline report' }).waitFor();
    await spec.audit(page, `board-export-${label}`);
    const before = await auditedExports();

    await tabTo(page, /^Export deadlines as PDF$/, 200);
    await page.keyboard.press('Enter');
    // The page keeps working while the worker writes: the bar shows, and the board stays.
    await page.getByRole('progressbar', { name: 'Export progress' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Deadlines and open tasks' }).waitFor();
    const link = page.getByRole('link', { name: /^Download PDF \(\d+ rows?\)$/ });
    await link.waitFor({ timeout: 30_000 });
    await spec.audit(page, `board-export-done-${label}`);

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^haven-deadline-report-\d{4}-\d{2}-\d{2}\.pdf$/);
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');

    const after = await auditedExports();
    expect(after).toBe(before + 1);
  }

  function auditedExports(): Promise<number> {
    return query<{ n: number }>(
      `select count(*)::int as n from audit_event e join app_user u on u.id = e.actor_user_id
        where e.action = 'export' and u.email = $1 and e.details ->> 'kind' = 'deadline_report'`,
      [SUPERVISOR],
    ).then((rows) => rows[0]?.n ?? 0);
  }

  it('at 1280 px', async () => {
    const page = spec.page();
    await signIn(page, SUPERVISOR);
    await exportReport(page, '1280');
  });

  it('at 390 px', async () => {
    const page = spec.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, SUPERVISOR);
    await exportReport(page, '390');
  });
});
