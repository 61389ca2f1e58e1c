import { Client } from 'pg';
import type { Page } from 'playwright-core';

import { type A11yViolation, seriousA11yViolations } from './a11y';
import { screenshot } from './artifacts';
import { baseUrl } from './browser';
import { totpCode } from './totp';

// The demo seed's people (apps/api/src/database/demo-data.ts), shared by the browser specs.
export const PASSWORD = 'haven-demo-passphrase';
export const ADVOCATE = 'advocate@blueridge.example';
export const ADVOCATE2 = 'advocate2@blueridge.example';
export const SUPERVISOR = 'supervisor@blueridge.example';
export const STAFF = 'staff@blueridge.example';
export const ADMIN = 'admin@blueridge.example';

/** Reads or writes the e2e database as its owner (global-setup points E2E_DATABASE_URL there). */
export async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: process.env['E2E_DATABASE_URL'] });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Virginia's civil date `days` from today, 'YYYY-MM-DD'. */
export function virginiaDate(days = 0): string {
  const now = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(now);
}

/**
 * Signs in with the demo password (and, for an admin or supervisor, a code of the demo
 * authenticator secret) and waits for the page the role lands on.
 */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await giveCodeIfAsked(page, email);
  // The login page has a heading too: wait to leave it, so the session cookie is set.
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/** After "Sign in": when the page asks for the authenticator code, types the demo one. */
export async function giveCodeIfAsked(page: Page, email: string): Promise<void> {
  const codeField = page.getByLabel('Authenticator code');
  const asked = await Promise.race([
    codeField.waitFor().then(
      () => true,
      () => false,
    ),
    page
      .waitForURL((url) => url.pathname !== '/login')
      .then(
        () => false,
        () => false,
      ),
  ]);
  if (!asked) return;
  await forgetLastCode(email);
  await codeField.fill(totpCode());
  await page.getByRole('button', { name: 'Verify' }).click();
}

/**
 * Each code works once, and the specs sign the same demo user in again within one 30-second
 * step, which a person never does: forget the step the last sign-in used.
 */
export async function forgetLastCode(email: string): Promise<void> {
  await query(
    'update user_mfa set last_used_step = null where user_id = (select id from app_user where email = $1)',
    [email],
  );
}

/**
 * Collects axe-core's serious and critical violations of the page as shown now into `into`, and
 * saves its screenshot as tmp/e2e-artifacts/<label>.png.
 */
export async function audit(page: Page, label: string, into: A11yViolation[]): Promise<void> {
  into.push(...(await seriousA11yViolations(page, label)));
  await screenshot(page, label);
}
