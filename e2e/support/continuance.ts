import type { Page } from 'playwright-core';

import type { BrowserSpec } from './browser-spec';
import { focusLandsOn, tabTo, typeDate } from './keyboard';

/**
 * From the case page, by keyboard only: continues the open hearing to `newDate`, answering that
 * the court extended the preliminary order to it and served the respondent in open court, and
 * waits for the dialog to close (the API recorded it). Audits the dialog as `<label>`.
 */
export async function continueWithOrderExtended(
  page: Page,
  spec: BrowserSpec,
  newDate: string,
  label: string,
): Promise<void> {
  await tabTo(page, /^Continue the hearing of/, 300);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: 'Continue the hearing' }).waitFor();
  // The dialog focuses its first field, the new date, once it has opened.
  await focusLandsOn(page, 'New date');
  await typeDate(page, newDate);
  await tabTo(page, 'Why it was continued');
  await page.keyboard.type('The respondent asked for time to find a lawyer.');
  await tabTo(page, 'Yes, extended to the new date');
  await page.keyboard.press('Space');
  await dialog.getByRole('checkbox', { name: /served with the extended order/ }).waitFor();
  await spec.audit(page, label);
  await tabTo(page, /served with the extended order there/);
  await page.keyboard.press('Space');
  await tabTo(page, /^Continue hearing$/);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
}
