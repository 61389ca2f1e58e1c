import type { Browser, Page } from 'playwright-core';

import { baseUrl, launchChromium } from './support/browser';
import { PASSWORD as DEMO_PASSWORD, giveCodeIfAsked, query } from './support/demo';

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (password === DEMO_PASSWORD) await giveCodeIfAsked(page, email);
}

async function casesInDatabase(email: string): Promise<string[]> {
  const rows = await query<{ reference: string }>(
    `select c.reference from case_file c
       join case_assignment a on a.case_id = c.id
       join app_user u on u.id = a.user_id
      where u.email = $1 order by c.reference`,
    [email],
  );
  return rows.map((r) => r.reference);
}

describe('an advocate signs in and sees their caseload', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    page = await (await browser.newContext()).newPage();
  });
  afterEach(async () => {
    await page.context().close();
  });

  it('shows the demo advocate exactly the cases PostgreSQL assigns to them', async () => {
    await signIn(page, 'advocate@blueridge.example', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'My cases' }).waitFor();
    const expected = await casesInDatabase('advocate@blueridge.example');
    expect(expected.length).toBeGreaterThanOrEqual(5);
    const table = page.getByRole('table');
    for (const reference of expected) {
      await table.getByText(reference, { exact: true }).waitFor();
    }
    await table.getByText('Delphine Marrowby').waitFor();
    // A case of the other advocate in the same organisation is not in this caseload.
    expect(await table.getByText('Maribel Sandoval-Reyes').count()).toBe(0);
  });

  it('searches the caseload by a party’s name and says how many cases match', async () => {
    const email = 'advocate@blueridge.example';
    await signIn(page, email, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'My cases' }).waitFor();
    const rows = await query<{ reference: string }>(
      `select c.reference from case_file c
         join case_assignment a on a.case_id = c.id join app_user u on u.id = a.user_id
         join client cl on cl.id = c.client_id join respondent r on r.id = c.respondent_id
        where u.email = $1 and (cl.full_name ilike '%marrowby%' or r.full_name ilike '%marrowby%')
        order by c.reference`,
      [email],
    );
    expect(rows.length).toBeGreaterThanOrEqual(1);
    await page.getByRole('textbox', { name: 'Search' }).fill('marrowby');
    const noun = rows.length === 1 ? 'case matches' : 'cases match';
    await page.getByRole('status').getByText(`${rows.length} ${noun} the search.`).waitFor();
    const table = page.getByRole('table');
    for (const { reference } of rows) await table.getByText(reference, { exact: true }).waitFor();
    expect(await table.getByRole('row').count()).toBe(rows.length + 1);
  });

  it('keeps a wrong password out and says so', async () => {
    await signIn(page, 'advocate@blueridge.example', 'not the demo passphrase');
    await page.getByRole('alert').filter({ hasText: 'E-mail or password is not right.' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('signs out and then cannot reach the caseload', async () => {
    await signIn(page, 'advocate@blueridge.example', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'My cases' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('E-mail').waitFor();
    await page.goto(`${baseUrl()}/cases`);
    await page.getByLabel('E-mail').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('shows an admin, who has no case access, what the role does instead of a caseload', async () => {
    await signIn(page, 'admin@blueridge.example', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'No case access' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/no-case-access');
    await page.getByText('Your role manages users and court closures.').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
  });

  it('opens a new case that the worker turns into a review task', async () => {
    await signIn(page, 'advocate@blueridge.example', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'My cases' }).waitFor();
    await page.getByRole('link', { name: 'New case' }).click();
    await page.getByLabel('Client name').fill('Perpetua Inkwell-Dane');
    await page.getByLabel('Respondent name').fill('Ambrose Nettlefield');
    await page.getByLabel('Relationship to the client').click();
    await page.getByRole('option', { name: 'Spouse', exact: true }).click();
    await page.getByLabel('Lives with the client').check();
    await page.getByLabel('Last act of abuse on').fill('2026-11-20');
    await page.getByLabel('Opened on').fill('2026-11-23');
    await page.getByRole('button', { name: 'Check for conflicts' }).click();
    await page.getByRole('status').filter({ hasText: 'No conflicts found.' }).waitFor();
    await page.getByRole('button', { name: 'Create case' }).click();

    // The new case opens on its own page, and is in the caseload afterwards.
    await page.getByRole('heading', { level: 1, name: /^HV-\d{4}-\d{4}$/ }).waitFor();
    await page.getByText('Perpetua Inkwell-Dane').first().waitFor();
    await page.getByRole('link', { name: 'Back to cases' }).click();
    await page.getByRole('table').getByText('Perpetua Inkwell-Dane').waitFor();

    const deadline = Date.now() + 15_000;
    let tasks: Array<{ title: string }> = [];
    while (tasks.length === 0 && Date.now() < deadline) {
      tasks = await query<{ title: string }>(
        `select t.title from task t
           join case_file c on c.id = t.case_id
           join client cl on cl.id = c.client_id
          where cl.full_name = $1`,
        ['Perpetua Inkwell-Dane'],
      );
      if (tasks.length === 0) await new Promise((r) => setTimeout(r, 200));
    }
    expect(tasks).toEqual([{ title: expect.stringContaining('Review the new case') }]);
  });

  it('masks the client’s address until the advocate reveals it, and keeps it out of browser storage', async () => {
    await signIn(page, 'advocate@blueridge.example', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'My cases' }).waitFor();
    await page.getByRole('link', { name: 'HV-2026-0001', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'HV-2026-0001' }).waitFor();
    await page.getByText('Delphine Marrowby').first().waitFor();

    const contact = page.getByRole('region', { name: 'Client contact details' });
    await contact.getByText('•••• hidden').first().waitFor();
    expect(await page.getByText('417 Quillfeather').count()).toBe(0);
    expect(await page.content()).not.toContain('417 Quillfeather');

    await contact.getByRole('button', { name: 'Reveal client address' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reason').fill('Preparing the petition for filing');
    await dialog.getByRole('button', { name: 'Reveal', exact: true }).click();
    await contact.getByText('417 Quillfeather Lane, Fairfax, VA').waitFor();
    // Only the field asked for: the phone stays masked.
    expect(await page.getByText('540-555-0199').count()).toBe(0);

    const stored = await page.evaluate(() => {
      // The e2e project compiles without DOM types; this is the little of Storage it reads.
      interface BrowserStorage {
        readonly length: number;
        key(index: number): string | null;
        getItem(key: string): string | null;
      }
      const { localStorage, sessionStorage } = globalThis as unknown as {
        localStorage: BrowserStorage;
        sessionStorage: BrowserStorage;
      };
      const dump = (storage: BrowserStorage): string[] =>
        Array.from({ length: storage.length }, (_, i) => {
          const key = storage.key(i) ?? '';
          return `${key}=${storage.getItem(key) ?? ''}`;
        });
      return [...dump(localStorage), ...dump(sessionStorage)].join('\n');
    });
    expect(stored).not.toContain('417 Quillfeather');
  });
});
