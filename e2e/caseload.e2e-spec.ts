import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';

import { baseUrl, launchChromium } from './support/browser';

const DEMO_PASSWORD = 'haven-demo-passphrase';

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function query<T>(sql: string, params: unknown[]): Promise<T[]> {
  const client = new Client({ connectionString: process.env['E2E_DATABASE_URL'] });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function casesInDatabase(email: string): Promise<string[]> {
  const rows = await query<{ reference: string }>(
    `select c.reference from case_file c join app_user u on u.id = c.assigned_advocate_id
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

  it('opens a new case that the worker turns into a review task', async () => {
    await signIn(page, 'advocate@blueridge.example', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'My cases' }).waitFor();
    await page.getByRole('link', { name: 'New case' }).click();
    await page.getByLabel('Client name').fill('Perpetua Inkwell-Dane');
    await page.getByLabel('Respondent name').fill('Ambrose Nettlefield');
    await page.getByLabel('Opened on').fill('2026-11-23');
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.getByRole('table').getByText('Perpetua Inkwell-Dane').waitFor();

    const deadline = Date.now() + 15_000;
    let tasks: Array<{ title: string }> = [];
    while (tasks.length === 0 && Date.now() < deadline) {
      tasks = await query<{ title: string }>(
        `select t.title from task t join case_file c on c.id = t.case_id where c.client_name = $1`,
        ['Perpetua Inkwell-Dane'],
      );
      if (tasks.length === 0) await new Promise((r) => setTimeout(r, 200));
    }
    expect(tasks).toEqual([{ title: expect.stringContaining('Review the new case') }]);
  });
});
