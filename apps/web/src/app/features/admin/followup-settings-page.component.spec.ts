import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { FollowupSettings, FollowupSettingsResponse } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { aSessionUser } from '../../../testing/builders';
import { readableText } from '../../../testing/text';
import { adminRoutes } from './admin.routes';

const DEFAULTS: FollowupSettings = {
  talkToClientDaysBeforeExpiry: 60,
  fileMotionDaysBeforeDeadline: 30,
  escalateDaysBeforeDeadline: 10,
  firstServiceCheckCourtDays: 2,
  serviceCheckEveryCourtDays: 3,
  extendPreliminaryCourtDaysBeforeHearing: 2,
  medicalNoticeReminderDays: 5,
};

const SAVED: FollowupSettingsResponse = {
  settings: { ...DEFAULTS, talkToClientDaysBeforeExpiry: 45 },
  defaults: DEFAULTS,
  updatedAt: '2026-03-02T14:00:00.000Z',
};

describe('FollowupSettingsPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'admin', children: adminRoutes }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).start(aSessionUser({ role: 'supervisor' }));
  });

  afterEach(() => http.verify());

  async function open(answer: FollowupSettingsResponse) {
    const harness = await RouterTestingHarness.create('/admin/followup-settings');
    http.expectOne('/api/settings/followups').flush(answer);
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const element = harness.routeNativeElement as HTMLElement;
    // Each lead time's sentence is a <label> above its field, not a floating label.
    const field = (label: RegExp) => {
      const labels = [...element.querySelectorAll('label')];
      const found = labels.find((l) => label.test(readableText(l)));
      const input = found ? element.querySelector(`#${found.htmlFor}`) : null;
      const key = input?.closest('mat-form-field')?.getAttribute('data-lead-time');
      if (!key) throw new Error(`no lead time labelled ${String(label)}`);
      return loader.getHarness(MatFormFieldHarness.with({ selector: `[data-lead-time="${key}"]` }));
    };
    return { harness, loader, element, field };
  }

  it('shows each lead time with its unit, range and default, grouped by order', async () => {
    const { element, field } = await open(SAVED);

    expect([...element.querySelectorAll('legend')].map((l) => readableText(l))).toEqual([
      'Final orders',
      'Preliminary orders',
      'Other reminders',
    ]);
    const talk = await field(/^Talk to the client/);
    expect(await talk.getTextHints()).toEqual(['1–365 days; default 60']);
    expect(await (await talk.getControl(MatInputHarness))?.getValue()).toBe('45');
    expect(readableText(element)).toContain('Last changed Mar 2, 2026.');
  });

  it('saves every lead time and says how many cases were replanned', async () => {
    const { harness, loader, element, field } = await open(SAVED);

    await (await (await field(/^File the motion/)).getControl(MatInputHarness))?.setValue('21');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();
    const put = http.expectOne('/api/settings/followups');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ ...SAVED.settings, fileMotionDaysBeforeDeadline: 21 });
    put.flush({ ...SAVED, settings: put.request.body as FollowupSettings, replannedCases: 12 });
    await harness.fixture.whenStable();

    expect(readableText(element.querySelector('[role="status"]'))).toBe(
      'Saved. The follow-ups of 12 open cases were replanned.',
    );
  });

  it('refuses a value out of range before calling the API, and shows the API’s own complaints', async () => {
    const { harness, loader, field } = await open(SAVED);
    const every = await field(/^Then check on service every/);

    await (await every.getControl(MatInputHarness))?.setValue('31');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();
    await harness.fixture.whenStable();
    http.expectNone('/api/settings/followups');
    expect(await every.getTextErrors()).toEqual(['Enter a whole number from 1 to 30.']);

    await (await every.getControl(MatInputHarness))?.setValue('4');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();
    http.expectOne('/api/settings/followups').flush(
      {
        error: 'validation_failed',
        fields: [{ field: 'serviceCheckEveryCourtDays', message: 'must be a whole number' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(await every.getTextErrors()).toEqual(['This lead time must be a whole number.']);
  });

  it('fills in the defaults without saving them', async () => {
    const { loader, field } = await open(SAVED);

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Restore defaults' }))).click();

    const talk = await field(/^Talk to the client/);
    expect(await (await talk.getControl(MatInputHarness))?.getValue()).toBe('60');
    http.expectNone('/api/settings/followups');
  });
});
