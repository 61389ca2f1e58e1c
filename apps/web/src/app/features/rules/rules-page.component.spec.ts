import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { beforeEach, describe, expect, it } from 'vitest';

import { RULES } from '@haven/rules';

import { readableText } from '../../../testing/text';
import { provideHavenIcons } from '../../core/icons/haven-icons';
import { rulesRoutes } from './rules.routes';

describe('RulesPageComponent', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'rules', children: rulesRoutes }]), provideHavenIcons()],
    });
  });

  async function open(url = '/rules') {
    const harness = await RouterTestingHarness.create(url);
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const element = harness.routeNativeElement as HTMLElement;
    return { harness, loader, element };
  }

  it('shows every rule with its number, title, id, version, citation and explanations', async () => {
    const { element } = await open();

    expect(element.querySelectorAll('article')).toHaveLength(RULES.length);
    expect(readableText(element.querySelector('[role="status"]'))).toBe(`${RULES.length} rules`);
    const r01 = element.querySelector('article#R01');
    expect(readableText(r01?.querySelector('h2'))).toBe('R01 EPO expiry and court-day rollover');
    const text = readableText(r01);
    expect(text).toContain('Rule id VA.FA.EPO.EXPIRY');
    expect(text).toContain('Version 2026.1, in force from Jan 1, 2021');
    expect(text).toContain('Applies to Family abuse emergency order');
    expect(text).toContain('Citation Va. Code § 16.1-253.4');
    expect(text).toContain('Expiry Issued [issued][roll]; expires [expires].');
    expect(text).toContain('A-01 Source conflicts and currency:');
  });

  it('lists each version of an amended rule once, the newest under the plain anchor', async () => {
    const { element } = await open();

    const ids = [...element.querySelectorAll('article')].map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const r10 = readableText(element.querySelector('article#R10'));
    expect(r10).toContain('as R10@2025-07-01');
    expect(r10).toContain('What changed');
    const r10v1 = readableText(element.querySelector('article#R10-2021-01-01'));
    expect(r10v1).toContain('as R10@2021-01-01');
  });

  it('narrows the list as the user types, and keeps the search in the address', async () => {
    const { harness, loader, element } = await open();

    await (await loader.getHarness(MatInputHarness)).setValue('16.1-279.1');
    await harness.fixture.whenStable();

    const shown = [...element.querySelectorAll('article')].map((a) => a.id);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(RULES.length);
    expect(shown).not.toContain('R01');
    expect(readableText(element.querySelector('[role="status"]'))).toMatch(
      /^\d+ of \d+ rules match “16\.1-279\.1”$/,
    );
    expect(TestBed.inject(Router).url).toBe('/rules?q=16.1-279.1');
  });

  it('opens on a linked search and says when nothing matches', async () => {
    const { element } = await open('/rules?q=nothing%20like%20this');

    expect(element.querySelectorAll('article')).toHaveLength(0);
    expect(readableText(element)).toContain('No rule matches.');
  });
});
