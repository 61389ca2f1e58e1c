import type { Page } from 'playwright-core';

import type { OrderListResponse, ServiceAttemptResponse } from '@haven/contracts';
import {
  computeDeadlines,
  getRule,
  type CaseEvent,
  type CaseFacts,
  type CourtCalendarData,
  type RuleId,
} from '@haven/rules';

import { baseUrl } from './support/browser';
import { type BrowserSpec, browserSpec } from './support/browser-spec';
import { ADVOCATE, PASSWORD, STAFF, query, signIn, virginiaDate } from './support/demo';
import { tabTo, typeDate } from './support/keyboard';
import { dumpBrowserStorage } from './support/storage';

// Issue 7's browser acceptance: an advocate's case from intake to a final order, with the
// deadlines @haven/rules computes; staff cannot reveal; the idle lock; A10; C4; axe-core.

// Seeded confidential values of HV-2026-0001 (apps/api/src/database/demo-data.ts).
const SEEDED_SECRETS = ['417 Quillfeather', '540-555-0199'];
const XSS = '<img src=x onerror=alert(1)>';
// A court of the directory (court ids outside it are refused, issue 13).
const COURT = 'jdr-fairfax';

const audited = new Set<string>();
// Registered by the describe block below; the helpers of this file audit through it.
let spec: BrowserSpec;

function audit(page: Page, label: string): Promise<void> {
  return spec.audit(page, label);
}

async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('dialog').getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function saveDialog(page: Page, button: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

interface OrderInput {
  kind: string;
  issuedOn: string;
  issuedTime?: string;
  court: string;
  locality: string;
  statedExpiryOn?: string;
}

async function recordOrder(page: Page, order: OrderInput): Promise<void> {
  await page.getByRole('button', { name: 'Record order' }).click();
  const dialog = page.getByRole('dialog');
  if (audited.size === 0) {
    audited.add('order-dialog');
    await dialog.getByLabel('Issued on', { exact: true }).waitFor();
    await audit(page, 'record-order-dialog');
  }
  await chooseOption(page, 'Order kind', order.kind);
  await dialog.getByLabel('Issued on', { exact: true }).fill(order.issuedOn);
  if (order.issuedTime) {
    await dialog.getByLabel('Issued at (optional)').fill(order.issuedTime);
  }
  if (order.statedExpiryOn) {
    await dialog.getByLabel('Stated expiry (optional)').fill(order.statedExpiryOn);
  }
  await chooseOption(page, 'Issuing court', order.court);
  await dialog.getByLabel('Issuing locality').fill(order.locality);
  await dialog.getByLabel('Issuing court id').fill(COURT);
  await saveDialog(page, 'Record order');
}

async function recordAttempt(page: Page, on: string, outcome: string): Promise<void> {
  await page.getByRole('button', { name: 'Record service attempt' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Attempted on').fill(on);
  await chooseOption(page, 'Outcome', outcome);
  await saveDialog(page, 'Record attempt');
}

/** The deadlines the case page lists: rule id, due date and time. */
async function deadlinesOnPage(page: Page): Promise<string[]> {
  const items = page.locator('ol.deadlines > li.deadline');
  const count = await items.count();
  const rows: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const item = items.nth(i);
    const due = await item.locator('time').first().getAttribute('datetime');
    const rule = (await item.locator('.rule').textContent())?.trim();
    rows.push(`${rule} ${due}`);
  }
  return rows.sort();
}

/** The same case's facts, read back from the API, as apps/api's case-facts.mapper builds them. */
async function expectedDeadlines(page: Page, caseId: string): Promise<string[]> {
  const api = `${baseUrl()}/api/cases/${caseId}`;
  const orders = ((await (await page.request.get(`${api}/orders`)).json()) as OrderListResponse)
    .items;
  const attempts = (await (
    await page.request.get(`${api}/service-attempts`)
  ).json()) as ServiceAttemptResponse[];
  const events: CaseEvent[] = [
    ...orders.map((o): CaseEvent => ({
      type: 'order_issued',
      order: {
        orderId: o.id,
        kind: o.kind,
        issuedAt: o.issuedTime ? { date: o.issuedOn, time: o.issuedTime } : { date: o.issuedOn },
        issuingCourt: {
          courtId: o.issuingCourtId,
          kind: o.issuingCourtKind,
          locality: o.issuingLocality,
        },
        ...(o.statedExpiryOn ? { statedExpiry: { date: o.statedExpiryOn } } : {}),
        ...(o.parentOrderId ? { parentOrderId: o.parentOrderId } : {}),
        reliefs: o.reliefs,
        protectsMinorAgainstParent: o.protectsMinorAgainstParent,
      },
    })),
    ...attempts.map((a): CaseEvent =>
      a.outcome === 'served'
        ? {
            type: 'order_served',
            orderId: a.orderId,
            at: { date: a.attemptedOn },
            personal: a.method === 'personal',
          }
        : {
            type: 'service_attempted',
            orderId: a.orderId,
            at: { date: a.attemptedOn },
            outcome: a.outcome,
          },
    ),
  ];
  const closures = await query<{
    closed_on: string;
    court_ids: string[] | null;
    all_day: boolean;
    kind: string;
    name: string;
    authority: string;
  }>(
    `select to_char(cc.closed_on, 'YYYY-MM-DD') as closed_on, cc.court_ids, cc.all_day, cc.kind,
            cc.name, cc.authority
       from court_closure cc join case_file c on c.organisation_id = cc.organisation_id
      where c.id = $1`,
    [caseId],
  );
  const calendar = {
    closures: closures.map((c) => ({
      date: c.closed_on,
      courtIds: c.court_ids ?? 'statewide',
      allDay: c.all_day,
      kind: c.kind,
      name: c.name,
      authority: c.authority,
    })),
  } as CourtCalendarData;
  const facts: CaseFacts = { events, respondentKnownFirearms: false };
  const result = computeDeadlines(facts, calendar, virginiaDate());
  // The page names each rule by its current title, not its id.
  return result.deadlines.map((d) => `${getRule(d.ruleId as RuleId).title} ${d.due.date}`).sort();
}

describe('an advocate works a case from intake to a final order', () => {
  spec = browserSpec();
  let page: Page;

  beforeEach(() => {
    page = spec.page();
  });

  it('runs the intake by keyboard only, then records the orders and service and sees the deadlines the rules compute', async () => {
    const d0 = virginiaDate(-20);
    const plus = (days: number): string => {
      const [y, m, d] = d0.split('-').map(Number);
      return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
    };

    // Keyboard only: sign in, open the intake, fill it, check conflicts, create the case.
    await page.goto(`${baseUrl()}/login`);
    await audit(page, 'login');
    await tabTo(page, 'E-mail');
    await page.keyboard.type(ADVOCATE);
    await tabTo(page, 'Password');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'My cases' }).waitFor();
    await page.getByRole('table').waitFor();
    await audit(page, 'caseload');
    await tabTo(page, 'New case');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'New case' }).waitFor();
    await tabTo(page, 'Client name');
    await page.keyboard.type('Rosalind Quennell-Ashby');
    await tabTo(page, 'Respondent name');
    await page.keyboard.type('Dorian Whitlock-Frame');
    await tabTo(page, 'Relationship to the client');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Spouse', exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await tabTo(page, 'Lives with the client');
    await page.keyboard.press('Space');
    await tabTo(page, 'Last act of abuse on');
    await typeDate(page, plus(-1));
    expect(await page.getByLabel('Last act of abuse on').inputValue()).toBe(plus(-1));
    await audit(page, 'intake');
    await tabTo(page, 'Check for conflicts');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'No conflicts found.' }).waitFor();
    await tabTo(page, 'Create case');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /^HV-\d{4}-\d{4}$/ }).waitFor();
    const caseId = new URL(page.url()).pathname.split('/').pop() ?? '';

    await recordOrder(page, {
      kind: 'Family abuse emergency order',
      issuedOn: d0,
      issuedTime: '21:00',
      court: 'Magistrate',
      locality: 'Fairfax County',
    });
    await recordOrder(page, {
      kind: 'Family abuse preliminary order',
      issuedOn: plus(2),
      court: 'Juvenile and domestic relations district court',
      locality: 'Fairfax County',
    });
    await recordAttempt(page, plus(3), 'Respondent not found');
    await recordAttempt(page, plus(4), 'Respondent not found');
    await recordAttempt(page, plus(5), 'Served');
    await recordOrder(page, {
      kind: 'Family abuse final order',
      issuedOn: plus(16),
      court: 'Juvenile and domestic relations district court',
      locality: 'Fairfax County',
      statedExpiryOn: plus(16 + 365),
    });

    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await page.getByText('Family abuse protective order issued in Fairfax County').waitFor();
    await page.locator('ol.deadlines > li.deadline').first().waitFor();
    await audit(page, 'case-page');

    const shown = await deadlinesOnPage(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(await expectedDeadlines(page, caseId));
    // Each deadline shows its citation and a plain-English explanation.
    for (const item of await page.locator('ol.deadlines > li.deadline').all()) {
      expect((await item.locator('.explanation').textContent())?.trim().length).toBeGreaterThan(10);
      expect(await item.locator('.meta').textContent()).toMatch(/Va\. Code|§/);
    }
  });

  it('shows staff the confidential card masked, with nothing to reveal and no reveal that works', async () => {
    await signIn(page, STAFF);
    // Staff see every case of the organisation, more than one page of them with the report seed.
    await page.getByLabel('Search').fill('HV-2026-0001');
    await page.getByRole('link', { name: 'HV-2026-0001', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'HV-2026-0001' }).waitFor();
    const contact = page.getByRole('region', { name: 'Client contact details' });
    await contact.getByText('•••• hidden').first().waitFor();
    expect(await page.getByRole('button', { name: /^Reveal/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Record/ }).count()).toBe(0);
    const answer = await page.request.post(
      `${baseUrl()}/api/cases/${new URL(page.url()).pathname.split('/').pop()}/reveal`,
      {
        data: { party: 'client', field: 'address', reason: 'Checking staff access' },
        headers: { 'X-CSRF-Token': await csrfToken(page) },
      },
    );
    expect(answer.status()).toBe(403);
    const html = await page.content();
    for (const secret of SEEDED_SECRETS) expect(html).not.toContain(secret);
    await audit(page, 'case-page-staff');
  });

  it('locks after five quiet minutes, removing the page, and unlocks by keyboard with the password', async () => {
    await page.clock.install();
    await signIn(page, ADVOCATE);
    await page.getByRole('link', { name: 'HV-2026-0001', exact: true }).click();
    await revealAddress(page);

    await page.clock.fastForward('05:01');
    await page.getByRole('heading', { name: 'Haven is locked' }).waitFor();
    const html = await page.content();
    expect(html).not.toContain('Delphine Marrowby');
    for (const secret of SEEDED_SECRETS) expect(html).not.toContain(secret);
    await audit(page, 'lock-screen');

    // The password field has the focus: type it and press Enter.
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'HV-2026-0001' }).waitFor();
    // The revealed value did not survive the lock.
    await page
      .getByRole('region', { name: 'Client contact details' })
      .getByText('•••• hidden')
      .first()
      .waitFor();
    expect(await page.content()).not.toContain('417 Quillfeather');

    // The one-click lock does the same.
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { name: 'Haven is locked' }).waitFor();
    expect(await page.content()).not.toContain('Delphine Marrowby');
  });

  it('keeps no seeded secret in browser storage after a reveal, nor after logout (A10)', async () => {
    await signIn(page, ADVOCATE);
    await page.getByRole('link', { name: 'HV-2026-0001', exact: true }).click();
    await revealAddress(page);
    await revealField(page, 'Reveal client phone', '540-555-0199');

    const afterReveal = await dumpBrowserStorage(page);
    for (const secret of SEEDED_SECRETS) expect(afterReveal).not.toContain(secret);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('E-mail').waitFor();
    const afterLogout = await dumpBrowserStorage(page);
    for (const secret of SEEDED_SECRETS) expect(afterLogout).not.toContain(secret);
    expect(afterLogout).not.toContain('haven.locked');
    expect(await page.content()).not.toContain('Quillfeather Lane');
    // Back does not bring the case back: the session is gone.
    await page.goBack();
    await page.getByLabel('E-mail').waitFor();
    expect(await page.content()).not.toContain('Delphine Marrowby');
  });

  it('shows stored markup as text in every view, fires no script, and sends a CSP on every page (C4)', async () => {
    await signIn(page, ADVOCATE);
    await page.getByRole('link', { name: 'New case' }).click();
    await page.getByLabel('Client name').fill(XSS);
    await page.getByLabel('Respondent name').fill('Ambrose Tillinghast');
    await page.getByLabel('Relationship to the client').click();
    await page.getByRole('option', { name: 'Former spouse', exact: true }).click();
    await page.getByLabel('Last act of abuse on').fill(virginiaDate(-2));
    await page.getByRole('button', { name: 'Check for conflicts' }).click();
    await page.getByRole('status').filter({ hasText: 'No conflicts found.' }).waitFor();
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.getByRole('heading', { level: 1, name: /^HV-\d{4}-\d{4}$/ }).waitFor();
    const casePath = new URL(page.url()).pathname;

    // The case page: the name is one text node equal to the literal, and no <img> was made.
    const name = page.locator('dd', { hasText: XSS }).first();
    expect(await name.textContent()).toBe(XSS);
    expect(await page.locator('main img').count()).toBe(0);

    // A note with the same text, read back: revealed with a reason, like every confidential value.
    await page.getByLabel('New note').fill(XSS);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('button', { name: 'Read note' }).click();
    const reveal = page.getByRole('dialog', { name: /^Reveal the note by/ });
    await reveal.getByLabel('Reason').fill('Checking the note reads back as written');
    await reveal.getByRole('button', { name: 'Reveal' }).click();
    await reveal.waitFor({ state: 'detached' });
    expect(await page.locator('hv-case-notes .body').textContent()).toBe(XSS);
    expect(await page.locator('main img').count()).toBe(0);

    // The caseload lists it as text too.
    await page.getByRole('link', { name: 'Back to cases' }).click();
    const cell = page.getByRole('cell', { name: XSS, exact: true }).first();
    expect(await cell.textContent()).toBe(XSS);
    expect(await page.locator('main img').count()).toBe(0);

    for (const path of ['/login', '/cases', '/cases/new', casePath, '/no-such-page']) {
      const response = await page.request.get(`${baseUrl()}${path}`);
      const csp = response.headers()['content-security-policy'] ?? '';
      const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
      expect({ path, scriptSrc: scriptSrc.trim() }).toEqual({ path, scriptSrc: "'self'" });
    }
  });
});

async function csrfToken(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  return cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
}

async function revealField(page: Page, button: string, value: string): Promise<void> {
  const contact = page.getByRole('region', { name: 'Client contact details' });
  await contact.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reason').fill('Preparing the petition for filing');
  await dialog.getByRole('button', { name: 'Reveal', exact: true }).click();
  await contact.getByText(value).waitFor();
}

async function revealAddress(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'HV-2026-0001' }).waitFor();
  await revealField(page, 'Reveal client address', '417 Quillfeather Lane, Fairfax, VA');
}
