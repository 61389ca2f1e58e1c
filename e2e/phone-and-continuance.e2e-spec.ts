import { randomUUID } from 'node:crypto';

import type { Page } from 'playwright-core';

import { baseUrl } from './support/browser';
import { type BrowserSpec, browserSpec } from './support/browser-spec';
import {
  FAIRFAX_JDR,
  createCase,
  postAs,
  recordOrder,
  recordPreliminaryOrderHeard,
} from './support/case-api';
import { ADMIN, ADVOCATE, SUPERVISOR, query, signIn, virginiaDate } from './support/demo';
import { continueWithOrderExtended } from './support/continuance';
import { focusedName } from './support/keyboard';
import { sidewaysOverflow } from './support/layout';

// Issue 13's browser acceptance for the case page, the board and phones: at 1280 and 390 px an
// advocate continues a preliminary order's hearing by keyboard, saying the court extended the
// order to the new date and served it in open court, and the case page shows the recomputed
// dates with no lapse or missed deadline; every main page fits a 390 px phone without sideways
// scrolling and is axe-clean; the skip link leads to the page's content.

let spec: BrowserSpec;

/**
 * A case of the demo advocate with a family-abuse preliminary order issued 12 days ago (R05 ends
 * it three days from now) and its full hearing set for today, recorded as the forms would.
 */
async function caseWithPreliminaryHearing(page: Page): Promise<{ caseId: string; ppo: string }> {
  const tag = randomUUID().slice(0, 8);
  const created = await createCase(page, {
    clientName: `Odalys Fernwood ${tag}`,
    respondentName: `Corvin Ashgrove ${tag}`,
    lastActOfAbuseOn: virginiaDate(-14),
    openedOn: virginiaDate(-13),
    orderKind: 'FA_PPO',
  });
  const ppo = await recordPreliminaryOrderHeard(page, created.id, {
    petitionFiledOn: virginiaDate(-12),
    issuedOn: virginiaDate(-12),
    servedOn: virginiaDate(-11),
    hearingOn: virginiaDate(0),
  });
  return { caseId: created.id, ppo };
}

describe('phones, and a continuance that extends the preliminary order', () => {
  spec = browserSpec();
  let page: Page;

  beforeEach(() => {
    page = spec.page();
  });

  for (const width of [1280, 390]) {
    it(`continues the hearing with the order extended and served in open court, by keyboard, at ${width} px`, async () => {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await signIn(page, ADVOCATE);
      const { caseId, ppo } = await caseWithPreliminaryHearing(page);
      const newDate = virginiaDate(10);

      await page.goto(`${baseUrl()}/cases/${caseId}`);
      await page.getByRole('heading', { name: 'What matters now' }).waitFor();
      await page.getByRole('button', { name: /^Continue the hearing of/ }).waitFor();
      await spec.audit(page, `continuance-case-before-${width}`);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

      await continueWithOrderExtended(page, spec, newDate, `continuance-dialog-${width}`);

      const orders = await query<{
        id: string;
        issued_on: string;
        stated: string | null;
        status: string;
        method: string | null;
      }>(
        `select o.id, to_char(o.issued_on, 'YYYY-MM-DD') as issued_on,
                to_char(o.stated_expiry_on, 'YYYY-MM-DD') as stated, o.status, s.method
           from protective_order o
           left join service_attempt s on s.order_id = o.id and s.outcome = 'served'
          where o.case_id = $1 order by o.created_at`,
        [caseId],
      );
      expect(orders).toEqual([
        expect.objectContaining({ id: ppo, status: 'superseded', method: 'personal' }),
        expect.objectContaining({
          issued_on: virginiaDate(0),
          stated: newDate,
          status: 'served',
          method: 'open_court',
        }),
      ]);

      // The page shows the recomputed dates: the extended order runs to the new hearing, which
      // leads "what matters now", and nothing reads as missed.
      const now = page.getByRole('region', { name: 'What matters now' });
      await now.locator(`time[datetime="${newDate}"]`).first().waitFor();
      await page
        .getByRole('region', { name: 'Orders and hearings' })
        .locator(`time[datetime="${newDate}"]`)
        .first()
        .waitFor();
      const deadlines = await query<{ kind: string; state: string; due: string }>(
        `select kind, state, to_char(due_on, 'YYYY-MM-DD') as due from case_deadline
          where case_id = $1 and state in ('missed', 'passed')`,
        [caseId],
      );
      expect(deadlines).toEqual([]);
      expect(await page.getByText('(Missed)').count()).toBe(0);
      await spec.audit(page, `continuance-case-after-${width}`);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    });
  }

  it('fits every main page on a 390 px phone: no sideways scrolling, a menu, axe-clean', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const pages: Array<[string, string, string]> = [
      [ADVOCATE, '/cases', 'caseload'],
      [ADVOCATE, '/cases/new', 'intake'],
      [ADVOCATE, '/tasks', 'tasks'],
      [ADVOCATE, '/calendar', 'calendar'],
      [ADVOCATE, '/rules', 'rules'],
      // A supervisor's calendar has the choice of whose cases to show.
      [SUPERVISOR, '/calendar', 'calendar-supervisor'],
      [SUPERVISOR, '/board', 'board'],
      [ADMIN, '/admin/users', 'admin-users'],
      [ADMIN, '/admin/court-closures', 'admin-closures'],
      [ADMIN, '/admin/followup-settings', 'admin-followup-settings'],
      [ADMIN, '/admin/queues', 'admin-queues'],
    ];
    const [firstCase] = await query<{ id: string }>(
      `select c.id from case_file c join case_assignment ca on ca.case_id = c.id
         join app_user u on u.id = ca.user_id where u.email = $1 order by c.reference limit 1`,
      [ADVOCATE],
    );
    pages.splice(1, 0, [ADVOCATE, `/cases/${firstCase!.id}`, 'case']);
    let signedIn = '';
    const overflowing: string[] = [];
    for (const [who, path, label] of pages) {
      if (who !== signedIn) {
        await page.context().clearCookies();
        await signIn(page, who);
        signedIn = who;
      }
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      if ((await sidewaysOverflow(page)) > 0) overflowing.push(label);
      await spec.audit(page, `phone-${label}`);
    }
    expect(overflowing).toEqual([]);

    // On a phone the pages are in a menu, and "Sign out" is on screen.
    await page.goto(`${baseUrl()}/admin/queues`);
    await page.getByRole('heading', { name: 'Queue status' }).waitFor();
    const signOut = page.getByRole('button', { name: 'Sign out' });
    const box = await signOut.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('menuitem', { name: 'Users' }).waitFor();
    await spec.audit(page, 'phone-menu');
    await page.keyboard.press('Escape');
  }, 180_000); // twelve pages, each signed in, loaded and axe-checked, on a shared machine

  it('has a skip link as the first Tab stop, leading to the page content', async () => {
    await signIn(page, ADVOCATE);
    await page.goto(`${baseUrl()}/cases`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate<string>('document.activeElement && document.activeElement.id')).toBe(
      'main',
    );
  });

  it('lists an unserved final order on the supervisor’s board with its reason and citation', async () => {
    await signIn(page, ADVOCATE);
    const tag = randomUUID().slice(0, 8);
    const created = await createCase(page, {
      clientName: `Marisela Thornquist ${tag}`,
      respondentName: `Dashiell Brackwater ${tag}`,
      lastActOfAbuseOn: virginiaDate(-9),
      openedOn: virginiaDate(-8),
      orderKind: 'FA_PO',
    });
    await postAs(page, `/api/cases/${created.id}/petitions`, {
      orderKindSought: 'FA_PO',
      filedOn: virginiaDate(-8),
      courtId: FAIRFAX_JDR.courtId,
      courtKind: FAIRFAX_JDR.courtKind,
      courtLocality: FAIRFAX_JDR.locality,
    });
    await recordOrder(page, created.id, { kind: 'FA_PO', issuedOn: virginiaDate(-1) });
    await page.context().clearCookies();
    await signIn(page, SUPERVISOR);
    await page.goto(`${baseUrl()}/board`);
    const item = page.getByRole('listitem').filter({ hasText: created.reference });
    await item.getByText('Final order not yet served, so not in effect').waitFor();
    await item
      .getByText(/Va\. Code|Guide/)
      .first()
      .waitFor();
    await spec.audit(page, 'board-unserved-final-order');
  });
});
