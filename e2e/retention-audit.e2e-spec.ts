import type { Page } from 'playwright-core';

import { baseUrl } from './support/browser';
import { browserSpec } from './support/browser-spec';
import { ADMIN, SUPERVISOR, query, signIn } from './support/demo';
import { tabTo } from './support/keyboard';

// Issue 17's browser acceptance for the audit view and the legal hold: an admin filters the audit
// trail and verifies its hash chain, a supervisor places and lifts a legal hold on a case; at
// 1280 and 390 px, by keyboard, axe-clean.

describe('the audit trail page and the legal hold', () => {
  const spec = browserSpec();

  async function caseId(reference: string): Promise<string> {
    const [row] = await query<{ id: string }>(
      `select c.id from case_file c join organisation o on o.id = c.organisation_id
        where o.slug = 'blue-ridge-demo' and c.reference = $1`,
      [reference],
    );
    if (!row) throw new Error(`no demo case ${reference}`);
    return row.id;
  }

  async function auditTrail(page: Page, label: string): Promise<void> {
    await signIn(page, ADMIN);
    await page.goto(`${baseUrl()}/admin/audit`);
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await page.getByRole('progressbar').waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: 'sign_in', exact: true }).first().waitFor();
    await spec.audit(page, `admin-audit-${label}`);

    await tabTo(page, /^Case reference/);
    await page.keyboard.type('HV-2026-0001');
    await tabTo(page, /^Search$/);
    await page.keyboard.press('Enter');
    await page.getByRole('progressbar').waitFor({ state: 'detached' });
    const records = await page.locator('td.mat-column-target').allTextContents();
    expect(records.every((r) => r.trim() === 'HV-2026-0001')).toBe(true);

    await tabTo(page, /^Verify the audit chain$/);
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /Audit chain verified: \d+ rows/ })
      .waitFor();
    await spec.audit(page, `admin-audit-verified-${label}`);
  }

  async function legalHold(page: Page, label: string): Promise<void> {
    const id = await caseId('HV-2026-0001');
    await signIn(page, SUPERVISOR);
    await page.goto(`${baseUrl()}/cases/${id}`);
    await page.getByRole('heading', { level: 2, name: 'Retention' }).waitFor();
    const reason = `Subpoena in a custody matter (e2e ${label})`;
    await tabTo(page, /^Reason for a legal hold/, 300);
    await page.keyboard.type(reason);
    await tabTo(page, /^Place a legal hold$/);
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `Legal hold: ${reason}` })
      .waitFor();
    await spec.audit(page, `case-legal-hold-${label}`);

    await tabTo(page, /^Lift the legal hold$/, 300);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Place a legal hold' }).waitFor();
    const audited = await query<{ action: string }>(
      `select action from audit_event where target_id = $1 and action like 'legal_hold_%' order by id`,
      [id],
    );
    expect(audited.slice(-2).map((r) => r.action)).toEqual([
      'legal_hold_placed',
      'legal_hold_removed',
    ]);
  }

  it('at 1280 px', async () => {
    const page = spec.page();
    await auditTrail(page, '1280');
    await page.context().clearCookies();
    await legalHold(page, '1280');
  });

  it('at 390 px', async () => {
    const page = spec.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await auditTrail(page, '390');
    await page.context().clearCookies();
    await legalHold(page, '390');
  });
});
