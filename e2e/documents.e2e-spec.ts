import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

import type { Download, Locator, Page } from 'playwright-core';

import type { DocumentOptionsResponse } from '@haven/contracts';
import { addCalendarYears, addDays } from '@haven/rules';
import { readDocx } from '@haven/testing/documents';

import { baseUrl } from './support/browser';
import { browserSpec } from './support/browser-spec';
import { createCase, postAs, recordOrder } from './support/case-api';
import { englishDate, spanishDate } from './support/docx';
import { ADVOCATE, SUPERVISOR, query, signIn, virginiaDate } from './support/demo';
import { focusedName, tabTo } from './support/keyboard';
import { sidewaysOverflow } from './support/layout';

// Issue 19's browser acceptance: an advocate opens the "file the motion" task, downloads the
// prefilled draft (its dates read back from the DOCX), records that the client takes mail only at
// a safe address, sees a letter to the home refused with the reason and the allowed channels, and
// generates the Spanish letter to the safe address; by keyboard, axe-clean, and at 390 px with no
// sideways scrolling. An admin's refused template upload names the problem.

const SAFE_ADDRESS = 'Harbor Light House, PO Box 4471, Fairfax, VA 22030';

interface SeededCase {
  caseId: string;
  reference: string;
  orderId: string;
  issuedOn: string;
  expiresOn: string;
  respondent: string;
}

let seeded: SeededCase | null = null;

async function get<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`${baseUrl()}${path}`);
  if (res.status() !== 200) throw new Error(`GET ${path} answered ${res.status()}`);
  return (await res.json()) as T;
}

/**
 * A case of the demo advocate with a served family-abuse final order that expires 16 days from
 * now, recorded through the API as the forms would: its "file the motion" reminder is already
 * due, so the worker makes the task at once.
 */
async function caseWithFinalOrder(page: Page): Promise<SeededCase> {
  const tag = randomUUID().slice(0, 8);
  const expiresOn = virginiaDate(16);
  const issuedOn = addCalendarYears(expiresOn, -2);
  const respondent = `Dorian Blackwood ${tag}`;
  const created = await createCase(page, {
    clientName: `Marisol Quintero ${tag}`,
    respondentName: respondent,
    lastActOfAbuseOn: addDays(issuedOn, -10),
    openedOn: virginiaDate(-30),
    orderKind: 'FA_PO',
  });
  const order = await recordOrder(page, created.id, {
    kind: 'FA_PO',
    issuedOn,
    statedExpiryOn: expiresOn,
    reliefs: ['NO_CONTACT'],
    petitionerHouseholdAtInitial: true,
  });
  await postAs(page, `/api/cases/${created.id}/service-attempts`, {
    orderId: order.id,
    attemptedOn: addDays(issuedOn, 1),
    servedBy: 'sheriff',
    method: 'personal',
    outcome: 'served',
  });
  return {
    caseId: created.id,
    reference: created.reference,
    orderId: order.id,
    issuedOn,
    expiresOn,
    respondent,
  };
}

/** Waits for the worker to deliver the advocate's "File the motion to extend" task of the case. */
async function fileMotionTask(caseId: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const rows = await query<{ id: string }>(
      `select t.id from task t join app_user u on u.id = t.assignee_id
        where t.case_id = $1 and t.title = 'File the motion to extend' and t.status = 'open'
          and u.email = $2`,
      [caseId, ADVOCATE],
    );
    if (rows.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error('the worker made no "File the motion to extend" task');
}

function downloaded(download: Download): Promise<Buffer> {
  return download.path().then((path) => readFileSync(path));
}

/** Polls `read` every 50 ms until it holds, for at most `timeoutMs`; says whether it did. */
async function eventually(read: () => Promise<boolean>, timeoutMs = 3_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (!(await read())) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/**
 * Presses an arrow key on a focused radio until the one named `name` has focus, then waits until
 * it is chosen. Under load the group moves focus and checks the radio a change-detection pass
 * after the key: a key pressed before it lands, or a Tab before the check, leaves from the wrong
 * radio (a clean-clone run on 7 Dec tabbed on and found focus back on the previous group's radio).
 */
async function arrowTo(page: Page, name: string, key = 'ArrowDown', limit = 6): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    const before = await focusedName(page);
    if (before.includes(name)) break;
    await page.keyboard.press(key);
    await eventually(async () => (await focusedName(page)) !== before);
  }
  expect(await focusedName(page)).toContain(name);
  const checked = await eventually(() =>
    page.evaluate<boolean>(
      '(() => { const el = document.activeElement; return !!el && el.checked === true; })()',
    ),
  );
  expect({ radio: name, checked }).toEqual({ radio: name, checked: true });
}

/**
 * Opens the focused mat-select and picks the option whose text starts with `label` by keyboard:
 * Home, then ArrowDown to its position, waiting after each key until the panel highlights the
 * option it moved to (the highlight follows the key a change-detection pass later, so reading it
 * straight after the key reads the previous one on a busy machine).
 */
async function chooseOption(page: Page, label: string): Promise<void> {
  await page.keyboard.press('Enter');
  const listbox = page.getByRole('listbox');
  await listbox.waitFor();
  const options = listbox.getByRole('option');
  const texts = (await options.allTextContents()).map((t) => t.trim());
  const target = texts.findIndex((t) => t.startsWith(label));
  expect(target).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Home');
  await highlighted(options.nth(0));
  for (let i = 1; i <= target; i += 1) {
    await page.keyboard.press('ArrowDown');
    await highlighted(options.nth(i));
  }
  await page.keyboard.press('Enter');
  await listbox.waitFor({ state: 'detached' });
  expect(await focusedText(page)).toContain(label);
}

/** Waits until the panel marks `option` as the active one. */
async function highlighted(option: Locator): Promise<void> {
  const until = Date.now() + 5_000;
  while (!((await option.getAttribute('class')) ?? '').includes('mat-mdc-option-active')) {
    if (Date.now() > until)
      throw new Error(`the option "${await option.textContent()}" never became active`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The text of the focused element (a closed mat-select shows its chosen option). */
function focusedText(page: Page): Promise<string | null> {
  return page.locator(':focus').textContent();
}

function lettersRefused(caseId: string): Promise<number> {
  return query<{ n: number }>(
    `select count(*)::int as n from audit_event
      where action = 'letter_refused' and target_type = 'case' and target_id = $1`,
    [caseId],
  ).then((rows) => rows[0]?.n ?? 0);
}

describe('documents from the case: the motion draft and a Spanish letter to a safe address', () => {
  const spec = browserSpec();

  it('drafts the motion from the task and refuses then sends the Spanish letter, by keyboard, at 1280 px', async () => {
    const page = spec.page();
    await signIn(page, ADVOCATE);
    const c = await caseWithFinalOrder(page);
    seeded = c;
    await fileMotionTask(c.caseId);
    const options = await get<DocumentOptionsResponse>(
      page,
      `/api/cases/${c.caseId}/documents/options`,
    );
    const order = options.orders.find((o) => o.orderId === c.orderId);
    expect(order).toMatchObject({ expiresOn: c.expiresOn, motionAvailable: true });
    const fileBy = order?.fileBy ?? '';
    expect(fileBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // The task inbox links straight to the prefilled draft.
    await page.goto(`${baseUrl()}/tasks`);
    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    await spec.audit(page, 'documents-tasks-1280');
    await tabTo(
      page,
      `Open the prefilled motion draft: File the motion to extend (${c.reference})`,
      400,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/cases/${c.caseId}`);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Documents' }).waitFor();
    expect(
      await dialog
        .getByRole('radio', { name: 'Motion to extend the protective order (draft)' })
        .isChecked(),
    ).toBe(true);
    await dialog.getByText(`File the motion by`).waitFor();
    await spec.audit(page, 'documents-motion-dialog-1280');

    await tabTo(page, /^Generate$/);
    await page.keyboard.press('Enter');
    const motionLink = dialog.getByRole('link', { name: /^Download .+\.docx$/ });
    await motionLink.waitFor({ timeout: 20_000 });
    await tabTo(page, /^Download .+\.docx$/);
    const [motion] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    const draft = readDocx(await downloaded(motion));
    expect(draft.text).toContain(englishDate(c.issuedOn));
    expect(draft.text).toContain(englishDate(c.expiresOn));
    expect(draft.text).toContain(englishDate(fileBy));
    await spec.audit(page, 'documents-motion-ready-1280');
    await tabTo(page, /^Close$/);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    // The client takes mail only at a safe address, and no voicemail.
    // The case page is long: jump to the card's button, then work the dialog by keyboard.
    await page.getByRole('button', { name: 'Record safe-contact instructions' }).focus();
    await page.keyboard.press('Enter');
    const safe = page.getByRole('dialog');
    await safe.getByRole('heading', { name: 'Safe-contact instructions' }).waitFor();
    await tabTo(page, 'Mail at home is fine');
    await arrowTo(page, 'Mail only to a safe address');
    await tabTo(page, 'Voicemail is fine');
    await arrowTo(page, 'Calls, but no voicemail');
    await tabTo(page, 'Safe address');
    await page.keyboard.type(SAFE_ADDRESS);
    await spec.audit(page, 'documents-safe-contact-dialog-1280');
    await tabTo(page, /^Save instructions$/);
    await page.keyboard.press('Enter');
    await safe.waitFor({ state: 'detached' });
    const card = page.getByRole('region', { name: 'Safe-contact instructions' });
    await card.getByText('Mail only to a safe address').waitFor();
    await card.getByText('Recorded (sealed)').first().waitFor();

    // A letter to the home is refused with the reason and what is allowed; nothing is made.
    await page.getByRole('button', { name: 'Generate a document' }).focus();
    await page.keyboard.press('Enter');
    const docs = page.getByRole('dialog');
    await docs.getByRole('heading', { name: 'Documents' }).waitFor();
    await docs.getByRole('radio', { name: 'Letter to the client' }).waitFor();
    await tabTo(page, 'Motion to extend the protective order (draft)');
    await arrowTo(page, 'Letter to the client');
    await docs.getByRole('combobox', { name: 'How it reaches the client' }).waitFor();
    await tabTo(page, 'English');
    await arrowTo(page, 'Español');
    await tabTo(page, 'How it reaches the client');
    await chooseOption(page, 'Post to the home address');
    expect(
      await docs.getByRole('combobox', { name: 'How it reaches the client' }).textContent(),
    ).toContain('Post to the home address');
    const refusedBefore = await lettersRefused(c.caseId);
    await tabTo(page, /^Generate$/);
    await page.keyboard.press('Enter');
    const alert = docs.getByRole('alert');
    await alert.getByText(/^Refused: /).waitFor();
    expect((await alert.textContent())?.replace(/\s+/g, ' ')).toContain(
      'Allowed for this client: post to the safe address or hand it over in person.',
    );
    expect(await docs.getByRole('link', { name: /^Download / }).count()).toBe(0);
    expect(await lettersRefused(c.caseId)).toBe(refusedBefore + 1);
    await spec.audit(page, 'documents-letter-refused-1280');

    // The same letter, in Spanish, to the safe address.
    await tabTo(page, 'How it reaches the client', 30);
    await chooseOption(page, 'Post to the safe address');
    await tabTo(page, /^Generate$/);
    await page.keyboard.press('Enter');
    const letterLink = docs.getByRole('link', { name: /^Download letter.+\.docx$/ });
    await letterLink.waitFor({ timeout: 20_000 });
    await tabTo(page, /^Download letter.+\.docx$/);
    const [letterFile] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(letterFile.suggestedFilename()).toMatch(/-es-/);
    const letter = readDocx(await downloaded(letterFile));
    expect(letter.text).toContain(spanishDate(c.expiresOn));
    expect(letter.text).toContain(spanishDate(fileBy));
    expect(letter.text).not.toContain(c.respondent);
    await spec.audit(page, 'documents-letter-ready-1280');
    // A long keyboard flow with two downloads: well over a minute on a shared machine.
  }, 240_000);

  it('fits the case page, its documents and safe-contact dialogs and the tasks on a 390 px phone', async () => {
    const page = spec.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, ADVOCATE);
    const c = seeded ?? (await caseWithFinalOrder(page));

    await page.goto(`${baseUrl()}/cases/${c.caseId}`);
    await page.getByRole('heading', { name: 'Safe-contact instructions' }).waitFor();
    await page.getByRole('button', { name: 'Generate a document' }).waitFor();
    await spec.audit(page, 'documents-case-390');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Generate a document' }).focus();
    await page.keyboard.press('Enter');
    const docs = page.getByRole('dialog');
    await docs.getByRole('heading', { name: 'Documents' }).waitFor();
    await docs.getByRole('radio', { name: 'Letter to the client' }).check();
    await docs.getByRole('combobox', { name: 'How it reaches the client' }).waitFor();
    await spec.audit(page, 'documents-dialog-390');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    await docs.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: /safe-contact instructions$/ }).click();
    const safe = page.getByRole('dialog');
    await safe.getByRole('heading', { name: 'Safe-contact instructions' }).waitFor();
    await spec.audit(page, 'documents-safe-contact-390');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    await safe.waitFor({ state: 'detached' });

    await page.goto(`${baseUrl()}/tasks`);
    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    await page
      .getByRole('link', { name: /^Open the prefilled motion draft/ })
      .first()
      .waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('lists the templates and refuses an upload that is not a DOCX, naming the problem, at 1280 and 390 px', async () => {
    const page = spec.page();
    await signIn(page, SUPERVISOR);
    await page.goto(`${baseUrl()}/admin/templates`);
    await page.getByRole('heading', { level: 1, name: 'Document templates' }).waitFor();
    const first = page.locator('input[type="file"]').first();
    await first.waitFor();
    await spec.audit(page, 'documents-templates-1280');

    await first.setInputFiles({
      name: 'motion.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from('this is not a zip file'),
    });
    await page
      .getByRole('button', { name: /^Upload the new version of / })
      .first()
      .click();
    const problem = page
      .getByRole('alert')
      .filter({ hasText: 'The version in use did not change.' });
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(
      /^\s*The file .+\. The version in use did not change\.\s*$/,
    );
    await spec.audit(page, 'documents-templates-refused-1280');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { level: 1, name: 'Document templates' }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await spec.audit(page, 'documents-templates-390');
  });
});
