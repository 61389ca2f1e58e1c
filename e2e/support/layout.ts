import type { Page } from 'playwright-core';

/** How far the page is wider than its window: above 0, something scrolls sideways. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
}
