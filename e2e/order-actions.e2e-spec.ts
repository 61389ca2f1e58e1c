import type { Page } from 'playwright-core';

import { baseUrl } from './support/browser';
import { browserSpec } from './support/browser-spec';
import { ADVOCATE, query, signIn, virginiaDate } from './support/demo';
import { tabTo } from './support/keyboard';
import { dumpBrowserStorage } from './support/storage';

// The case page's order actions, by keyboard: an attempt's notes revealed with a reason (audited
// by the API, kept out of browser storage), a short extension and a dissolution of an emergency
// order (HV-2026-0002 of the demo seed: a family-abuse EPO issued yesterday, not yet served).

const NOTES = 'Porch light on; nobody answered the door (e2e).';
const REASON = 'Preparing the affidavit of service';

async function csrfToken(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  return cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
}

describe('an advocate acts on an order from the case page, by keyboard', () => {
  const spec = browserSpec();
  let page: Page;

  beforeEach(() => {
    page = spec.page();
  });

  it('reveals an attempt’s notes with a reason, records an extension, then the order dissolved', async () => {
    const [order] = await query<{ case_id: string; order_id: string }>(
      `select c.id as case_id, o.id as order_id from case_file c
         join organisation g on g.id = c.organisation_id
         join protective_order o on o.case_id = c.id
        where g.slug = 'blue-ridge-demo' and c.reference = 'HV-2026-0002' and o.kind = 'FA_EPO'`,
    );
    if (!order) throw new Error('the demo seed has no emergency order on HV-2026-0002');
    await signIn(page, ADVOCATE);
    // An attempt with confidential notes, recorded through the API as the form would.
    const recorded = await page.request.post(
      `${baseUrl()}/api/cases/${order.case_id}/service-attempts`,
      {
        data: {
          orderId: order.order_id,
          attemptedOn: virginiaDate(),
          servedBy: 'police',
          method: 'personal',
          outcome: 'not_found',
          notes: NOTES,
        },
        headers: { 'X-CSRF-Token': await csrfToken(page) },
      },
    );
    expect(recorded.status()).toBe(201);

    await page.goto(`${baseUrl()}/cases/${order.case_id}`);
    await page.getByRole('heading', { level: 1, name: 'HV-2026-0002' }).waitFor();
    await page.getByRole('button', { name: /^Reveal notes of the attempt on/ }).waitFor();
    expect(await page.content()).not.toContain(NOTES);

    // Reveal: the button, a reason, the Reveal button; the notes show on the page only.
    await tabTo(page, /^Reveal notes of the attempt on/, 200);
    await page.keyboard.press('Enter');
    const reveal = page.getByRole('dialog', { name: /^Reveal the notes of the attempt on/ });
    await reveal.getByLabel('Reason').waitFor();
    await tabTo(page, /^Reason/);
    await page.keyboard.type(REASON);
    await tabTo(page, /^Reveal$/);
    await page.keyboard.press('Enter');
    await reveal.waitFor({ state: 'detached' });
    await page.getByText(NOTES).waitFor();
    await spec.audit(page, 'case-page-service-notes');
    const audited = await query<{ reason: string; actor: string }>(
      `select e.reason, u.email as actor from audit_event e join app_user u on u.id = e.actor_user_id
        where e.action = 'reveal' and e.reason = $1`,
      [REASON],
    );
    expect(audited).toEqual([{ reason: REASON, actor: ADVOCATE }]);
    expect(await dumpBrowserStorage(page)).not.toContain('Porch light');

    // A short extension for incapacity, the default for an emergency order.
    await tabTo(page, /^Record extension of the Family abuse emergency/, 200);
    await page.keyboard.press('Enter');
    const extension = page.getByRole('dialog', { name: 'Record an extension' });
    await extension.getByLabel('Granted on').waitFor();
    await spec.audit(page, 'order-extension-dialog');
    await tabTo(page, /^Record extension$/);
    await page.keyboard.press('Enter');
    await extension.waitFor({ state: 'detached' });
    const extensions = await query<{ kind: string; granted_on: string }>(
      `select kind, to_char(granted_on, 'YYYY-MM-DD') as granted_on from order_extension
        where order_id = $1`,
      [order.order_id],
    );
    expect(extensions).toEqual([{ kind: 'incapacity', granted_on: expect.any(String) }]);

    // Then the court dissolves it.
    await tabTo(page, /^Record dissolution of the Family abuse emergency/, 200);
    await page.keyboard.press('Enter');
    const dissolve = page.getByRole('dialog', { name: 'Record the order dissolved' });
    await dissolve.getByLabel('Dissolved on').waitFor();
    await spec.audit(page, 'dissolve-order-dialog');
    await tabTo(page, /^Record dissolution$/);
    await page.keyboard.press('Enter');
    await dissolve.waitFor({ state: 'detached' });
    const [stored] = await query<{ dissolved_on: string | null }>(
      `select to_char(dissolved_on, 'YYYY-MM-DD') as dissolved_on from protective_order
        where id = $1`,
      [order.order_id],
    );
    expect(stored?.dissolved_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A dissolved order offers no further action.
    await page
      .getByRole('button', { name: /^Record dissolution of the Family abuse emergency/ })
      .waitFor({ state: 'detached' });
  });
});
