import type { Browser, Page } from 'playwright-core';

import type { A11yViolation } from './a11y';
import { launchChromium } from './browser';
import { audit } from './demo';

/** What a browser spec's tests use: the current test's page, and the axe-core check of a view. */
export interface BrowserSpec {
  page(): Page;
  /** Checks what the page shows with axe-core and saves it as tmp/e2e-artifacts/<label>.png. */
  audit(page: Page, label: string): Promise<void>;
}

/**
 * Registers a browser spec's hooks (call it inside `describe`): one Chromium for the file; a fresh
 * 1280×900 page per test, which fails the test if any JavaScript dialog opens (stored markup
 * must never run, C4); and, once the file is done, no serious or critical axe-core violation on
 * any view it audited.
 */
export function browserSpec(): BrowserSpec {
  let browser: Browser;
  let current: Page | null = null;
  const violations: A11yViolation[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    expect(violations).toEqual([]);
  });
  beforeEach(async () => {
    current = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    current.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterEach(async () => {
    await current?.context().close();
    current = null;
    expect(dialogs).toEqual([]);
  });

  return {
    page: () => {
      if (!current) throw new Error('no page outside a test');
      return current;
    },
    audit: (page, label) => audit(page, label, violations),
  };
}
