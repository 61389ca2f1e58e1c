import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { REPO_ROOT } from './stack';

const AXE_SOURCE = readFileSync(join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** One serious or critical accessibility violation, as axe-core reports it. */
export interface A11yViolation {
  page: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on what the page shows now and returns its serious and critical violations.
 * The script goes in through the DevTools protocol, so the page's CSP stays enforced.
 */
export async function seriousA11yViolations(page: Page, label: string): Promise<A11yViolation[]> {
  // Colours are judged as shown: let opening dialogs and other transitions finish first.
  // (A polling evaluate: waitForFunction's string form needs eval, which the CSP refuses.)
  for (
    let i = 0;
    i < 50 && (await page.evaluate('document.getAnimations().length')) !== 0;
    i += 1
  ) {
    await page.waitForTimeout(50);
  }
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) {
    await page.evaluate(AXE_SOURCE);
  }
  const violations = (await page.evaluate(`
    window.axe
      .run(document, { resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      })))
  `)) as Omit<A11yViolation, 'page'>[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ page: label, ...v }));
}
