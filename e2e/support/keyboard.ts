import type { Page } from 'playwright-core';

// The accessible name of the focused element, roughly as a screen reader announces it.
const FOCUSED_NAME = `(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    const text = (node) => (node ? node.textContent : '') || '';
    let name = el.getAttribute('aria-label') || '';
    if (!name && el.getAttribute('aria-labelledby')) {
      name = el.getAttribute('aria-labelledby').split(' ')
        .map((id) => text(document.getElementById(id))).join(' ');
    }
    if (!name && el.labels && el.labels.length > 0) name = text(el.labels[0]);
    if (!name) name = text(el);
    return name.replace(/\\s+/g, ' ').trim();
  })()`;

/** The accessible name of the focused element, roughly as a screen reader announces it. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate<string>(FOCUSED_NAME);
}

/**
 * Waits until the page itself puts focus on the element named `name` (a dialog's first field
 * once its opening animation ends). Tabbing to such a field instead would move focus on from it:
 * inside a date input, Tab goes from the month to the day segment of the same input.
 */
export async function focusLandsOn(page: Page, name: string, timeoutMs = 10_000): Promise<void> {
  // Polled from here: page.waitForFunction with a string evaluates it inside the page, which the
  // app's Content-Security-Policy (script-src 'self', no 'unsafe-eval') rightly refuses.
  const until = Date.now() + timeoutMs;
  for (;;) {
    const focused = await focusedName(page);
    if (focused.includes(name)) return;
    if (Date.now() > until) {
      throw new Error(`focus never landed on "${name}" (it is on "${focused}")`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Presses Tab until the focused element's name includes `name`; fails after `limit` presses. */
export async function tabTo(page: Page, name: string | RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedName(page);
    if (typeof name === 'string' ? focused.includes(name) : name.test(focused)) {
      return;
    }
  }
  throw new Error(`Tab never reached "${String(name)}"`);
}

/** Types a date into a focused `<input type="date">` as Chromium's en-US segments take it. */
export async function typeDate(page: Page, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
}
