import type { Page } from 'playwright-core';

import { baseUrl } from './support/browser';
import { browserSpec } from './support/browser-spec';
import { recordPreliminaryOrderHeard } from './support/case-api';
import { continueWithOrderExtended } from './support/continuance';
import { ADVOCATE, query, signIn, virginiaDate } from './support/demo';
import { tabTo, typeDate } from './support/keyboard';
import { sidewaysOverflow } from './support/layout';

// Issue 13's browser acceptance, at desk and phone width: an advocate runs a whole case by
// keyboard. An intake with the respondent's address and firearms; a correction of the
// preliminary order's issue date that moves its deadlines; a continuance of its full hearing
// with the order extended to the new date and served in open court; and the case page showing
// the recomputed dates each time, with nothing missed; axe-core clean, no sideways scrolling.

const WIDTHS = [1280, 390] as const;
const REASON = 'The clerk stamped an earlier date (e2e)';
async function noSidewaysScroll(page: Page): Promise<void> {
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
}

describe('a whole case by keyboard: intake, a correction, a continuance', () => {
  const spec = browserSpec();
  let page: Page;

  beforeEach(() => {
    page = spec.page();
  });

  it.each(WIDTHS)(
    'at %i px: intake with address and firearms, the order issue date corrected, the hearing continued with the order extended',
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
      await typeDate(page, virginiaDate(-14));
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

      // What the court did, recorded through the API as the forms would: the petition, a
      // preliminary order typed with the wrong issue date (its R05 end moves a week with the
      // correction, so weekends cannot make the two dates meet), its service, its full hearing.
      const orderId = await recordPreliminaryOrderHeard(page, caseId, {
        petitionFiledOn: virginiaDate(-12),
        issuedOn: virginiaDate(-5),
        servedOn: virginiaDate(-4),
        hearingOn: virginiaDate(0),
      });
      const expiry = async () =>
        (
          await query<{ due: string }>(
            `select to_char(due_on, 'YYYY-MM-DD') as due from case_deadline
              where order_id = $1 and kind = 'max_expiry'`,
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
      await typeDate(page, virginiaDate(-12));
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

      // The full hearing, continued: the court extended the order to the new date and served
      // the respondent with it there. From a fresh load, so the page starts at its top.
      const newDate = virginiaDate(10);
      await page.reload();
      await page.getByRole('button', { name: /^Continue the hearing of/ }).waitFor();
      await continueWithOrderExtended(page, spec, newDate, `whole-case-continuance-${width}`);
      const orders = await query<{
        issued_on: string;
        stated: string | null;
        status: string;
        method: string | null;
      }>(
        `select to_char(o.issued_on, 'YYYY-MM-DD') as issued_on,
                to_char(o.stated_expiry_on, 'YYYY-MM-DD') as stated, o.status, s.method
           from protective_order o
           left join service_attempt s on s.order_id = o.id and s.outcome = 'served'
          where o.case_id = $1 order by o.created_at`,
        [caseId],
      );
      expect(orders).toEqual([
        expect.objectContaining({
          issued_on: virginiaDate(-12),
          status: 'superseded',
          method: 'personal',
        }),
        { issued_on: virginiaDate(0), stated: newDate, status: 'served', method: 'open_court' },
      ]);
      // The page shows the recomputed dates: the extended order runs to the new hearing, which
      // leads "what matters now", and nothing reads as missed.
      await page
        .getByRole('region', { name: 'What matters now' })
        .locator(`time[datetime="${newDate}"]`)
        .first()
        .waitFor();
      await page
        .getByRole('region', { name: 'Orders and hearings' })
        .locator(`time[datetime="${newDate}"]`)
        .first()
        .waitFor();
      expect(
        await query(
          `select kind, state from case_deadline where case_id = $1 and state in ('missed', 'passed')`,
          [caseId],
        ),
      ).toEqual([]);
      expect(await page.getByText('(Missed)').count()).toBe(0);
      await spec.audit(page, `whole-case-after-${width}`);
      if (width === 390) {
        await noSidewaysScroll(page);
      }
    },
    // Two whole cases by keyboard (sign-in, intake, two reloads, two dialogs) on a shared machine.
    240_000,
  );
});
