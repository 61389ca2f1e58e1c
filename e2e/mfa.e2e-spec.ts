import argon2 from 'argon2';
import type { Page } from 'playwright-core';

import { baseUrl } from './support/browser';
import { browserSpec } from './support/browser-spec';
import { PASSWORD, SUPERVISOR, query, signIn } from './support/demo';
import { totpCode } from './support/totp';

// Issue 17's browser acceptance (security-checks B8, B9): an admin enrols an authenticator with
// a generated code, signs out and back in with a code; a supervisor's reveal asks for a fresh one.

const NEW_ADMIN = 'marlow.admin@blueridge.example';

/** The code of the step after now: later than the one just used, and inside the tolerance. */
function nextStepCode(secret?: string): string {
  return totpCode(secret, new Date(Date.now() + 30_000));
}

async function signInWithPassword(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('second factor in the browser', () => {
  const spec = browserSpec();

  beforeAll(async () => {
    // An admin of the demo organisation who has no authenticator yet (the demo admin has one).
    await query(
      `insert into app_user (organisation_id, email, display_name, role, password_hash)
       select id, $1, 'Marlow Penhallow', 'admin', $2 from organisation where slug = 'blue-ridge-demo'`,
      [
        NEW_ADMIN,
        await argon2.hash(PASSWORD, {
          type: argon2.argon2id,
          memoryCost: 19_456,
          timeCost: 2,
          parallelism: 1,
        }),
      ],
    );
  });

  it('has an admin enrol an authenticator with a generated code, then sign out and back in with a code', async () => {
    const page = spec.page();
    await signInWithPassword(page, NEW_ADMIN);
    // The role requires a second factor: the set-up page is the only one that opens.
    await page.getByRole('heading', { level: 1, name: 'Sign-in security' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/account/security');
    await spec.audit(page, 'mfa-enrolment-required');
    await page.goto(`${baseUrl()}/admin/users`);
    await page.waitForURL((url) => url.pathname === '/account/security');

    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    const secret = (await page.locator('code.secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await spec.audit(page, 'mfa-enrolment-qr');
    await page.getByLabel('Code from the app').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Confirm' }).click();
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await spec.audit(page, 'mfa-recovery-codes');
    await page.getByRole('button', { name: 'Continue to Haven' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/account'));

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await signInWithPassword(page, NEW_ADMIN);
    await page.getByLabel('Authenticator code').fill(nextStepCode(secret));
    await spec.audit(page, 'mfa-code-prompt');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const [row] = await query<{ n: number }>(
      `select count(*)::int as n from audit_event e join app_user u on u.id = e.actor_user_id
        where u.email = $1 and e.action = 'mfa_enrolled'`,
      [NEW_ADMIN],
    );
    expect(row?.n).toBe(1);
  });

  it('asks a supervisor for a fresh code when a reveal comes long after sign-in, then reveals', async () => {
    const page = spec.page();
    await signIn(page, SUPERVISOR);
    // The sign-in proved the factor; make it an hour old, as after a long morning of work.
    await query(
      `update user_session set reauthenticated_at = now() - interval '1 hour'
        where revoked_at is null and user_id = (select id from app_user where email = $1)`,
      [SUPERVISOR],
    );
    const [kase] = await query<{ id: string }>(
      `select c.id from case_file c join organisation o on o.id = c.organisation_id
        where o.slug = 'blue-ridge-demo' and c.reference = 'HV-2026-0001'`,
    );
    await page.goto(`${baseUrl()}/cases/${kase?.id ?? ''}`);
    await page.getByRole('heading', { level: 1, name: 'HV-2026-0001' }).waitFor();
    const contact = page.getByRole('region', { name: 'Client contact details' });
    await contact.getByRole('button', { name: 'Reveal client address' }).click();
    const reveal = page.getByRole('dialog').first();
    await reveal.getByLabel('Reason').fill('Checking the service address');
    await reveal.getByRole('button', { name: 'Reveal', exact: true }).click();

    const stepUp = page.getByRole('dialog', { name: 'Confirm it is you' });
    await stepUp.waitFor();
    await spec.audit(page, 'step-up-dialog');
    await stepUp.getByLabel('Authenticator code').fill(nextStepCode());
    await stepUp.getByRole('button', { name: 'Confirm' }).click();
    await contact.getByText('417 Quillfeather Lane, Fairfax, VA').waitFor();
  });
});
