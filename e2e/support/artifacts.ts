import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { REPO_ROOT } from './stack';

/** Where the browser suite leaves its screenshots (CI keeps tmp/e2e-artifacts). */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'tmp', 'e2e-artifacts');

/** Saves what the page shows as tmp/e2e-artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}
