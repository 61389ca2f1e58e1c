import type { Page } from 'playwright-core';

import { baseUrl } from './support/browser';
import { browserSpec } from './support/browser-spec';
import { ADVOCATE, query, signIn, virginiaDate } from './support/demo';
import { tabTo, typeDate } from './support/keyboard';

// Issue 13's browser acceptance for the case record, at desk and phone width, by keyboard: an
// intake with the respondent's address and firearms, then a correction of the order's issue date
// that moves its deadlines, and the case page showing the recomputed dates; axe-core clean.

const WIDTHS = [1280, 390] as const;
const REASON = 'The clerk stamped an earlier date (e2e)';

async function csrfToken(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  return cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('the case record: intake and a correction, by keyboard', () => {
  const spec = browserSpec();
  let page: Page;

  beforeEach(() => {
    page = spec.page();
  });

  it.each(WIDTHS)(
    'at %i px: intake with address and firearms, then the order issue date corrected',
    async (width) => {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      const stamp = `${width}${Date.now().toString(36)}`.replace(
        /\d/g,
        (d) => 'abcdefghij'[Number(d)]!,
      );
      const client = `Marisol Quenby ${stamp}`;
      const respondent = `Torvald Ashcombe ${stamp}`;
      const address = `48 Quarry Road ${stamp}, Fairfax, VA 22030`;

      await signIn(page, ADVOCATE);
      await page.goto(`${baseUrl()}/cases/new`);
      await page.getByRole('heading', { level: 1, name: 'New case' }).waitFor();
      await spec.audit(page, `intake-${width}`);

      await tabTo(page, 'Client name');
      await page.keyboard.type(client);
      await tabTo(page, 'Client date of birth');
      await typeDate(page, '1991-03-14');
      await tabTo(page, 'Respondent name');
      await page.keyboard.type(respondent);
      await tabTo(page, 'Respondent address');
      await page.keyboard.type(address);
      await tabTo(page, 'known to have firearms');
      await page.keyboard.press('Space');
      await tabTo(page, 'Relationship to the client');
      await page.keyboard.type('Spouse');
      // The closed list box picks by typeahead once typing pauses; leaving it earlier drops it.
      await page
        .getByRole('combobox', { name: 'Relationship to the client' })
        .getByText('Spouse', { exact: true })
        .waitFor();
      await tabTo(page, 'Last act of abuse on');
      await typeDate(page, virginiaDate(-3));
      await tabTo(page, 'Check for conflicts');
      await page.keyboard.press('Enter');
      await page.getByText('No conflicts found.').waitFor();
      if (width === 390) {
        await noSidewaysScroll(page);
      }
      await tabTo(page, 'Create case');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      const caseId = new URL(page.url()).pathname.split('/').pop()!;

      const [stored] = await query<{ known_firearms: boolean; address_enc: string }>(
        `select r.known_firearms, r.address_enc from case_file c
           join respondent r on r.id = c.respondent_id where c.id = $1`,
        [caseId],
      );
      expect(stored!.known_firearms).toBe(true);
      expect(stored!.address_enc).toMatch(/^v1:/);
      expect(stored!.address_enc).not.toContain('Quarry');

      // A final order as the court issued it, recorded through the API as the order form would.
      const issuedOn = virginiaDate(-20);
      const recorded = await page.request.post(`${baseUrl()}/api/cases/${caseId}/orders`, {
        data: {
          kind: 'FA_PO',
          issuedOn,
          issuingCourtId: 'jdr-fairfax',
          issuingCourtKind: 'JDR',
          issuingLocality: 'Fairfax County',
        },
        headers: { 'X-CSRF-Token': await csrfToken(page) },
      });
      expect(recorded.status()).toBe(201);
      const orderId = ((await recorded.json()) as { id: string }).id;
      const expiry = async () =>
        (
          await query<{ due: string }>(
            `select to_char(due_on, 'YYYY-MM-DD') as due from case_deadline
              where order_id = $1 and kind = 'order_expiry'`,
            [orderId],
          )
        )[0]?.due;
      const before = await expiry();
      expect(before).toBeDefined();

      await page.reload();
      await page.getByRole('button', { name: 'Correct an order' }).waitFor();
      await page.locator(`time[datetime="${before}"]`).first().waitFor();
      await spec.audit(page, `case-page-${width}`);
      if (width === 390) {
        await noSidewaysScroll(page);
      }

      await tabTo(page, 'Correct an order', 200);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: 'Correct an order' }).waitFor();
      await spec.audit(page, `order-correction-${width}`);
      await tabTo(page, 'Issued on');
      await typeDate(page, virginiaDate(-50));
      await tabTo(page, 'Why was it wrong');
      await page.keyboard.type(REASON);
      await tabTo(page, 'Save correction');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });

      let after = await expiry();
      for (let i = 0; i < 20 && after === before; i += 1) {
        await page.waitForTimeout(250);
        after = await expiry();
      }
      expect(after).toBeDefined();
      expect(after).not.toBe(before);
      // The page shows the recomputed expiry, loaded again after the correction.
      await page.locator(`time[datetime="${after}"]`).first().waitFor();
      const [audit] = await query<{ reason: string }>(
        `select reason from audit_event where action = 'case_fact_corrected' and target_id = $1`,
        [orderId],
      );
      expect(audit?.reason).toBe(REASON);
    },
    // Two full flows by keyboard (sign-in, intake, a reload, a dialog) on a shared machine.
    240_000,
  );
});
