import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { SafeContactInstructionsResponse } from '@haven/contracts';

import { readableText } from '../../../../testing/text';
import { dialogsClosed } from '../../../../testing/case-page-testing';
import { SafeContactCardComponent } from './safe-contact-card.component';

const CASE_ID = 'c0000000-0000-4000-8000-000000000005';
const NONE: SafeContactInstructionsResponse = {
  recorded: false,
  mail: null,
  phone: null,
  hasSafeAddress: false,
  hasNote: false,
  allowedChannels: ['in_person'],
  updatedAt: null,
  updatedBy: null,
};
const SAFE_ONLY: SafeContactInstructionsResponse = {
  recorded: true,
  mail: 'safe_address_only',
  phone: 'no_voicemail',
  hasSafeAddress: true,
  hasNote: false,
  allowedChannels: ['mail_safe_address', 'in_person'],
  updatedAt: '2026-12-05T15:00:00.000Z',
  updatedBy: { id: 'u1', displayName: 'Wren Calloway' },
};

describe('SafeContactCardComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(answer: SafeContactInstructionsResponse, canReveal = true) {
    const fixture = TestBed.createComponent(SafeContactCardComponent);
    fixture.componentRef.setInput('caseId', CASE_ID);
    fixture.componentRef.setInput('canWrite', true);
    fixture.componentRef.setInput('canReveal', canReveal);
    fixture.detectChanges();
    http.expectOne(`/api/cases/${CASE_ID}/safe-contact`).flush(answer);
    await fixture.whenStable();
    return {
      fixture,
      loader: TestbedHarnessEnvironment.loader(fixture),
      dialogs: TestbedHarnessEnvironment.documentRootLoader(fixture),
      text: () => readableText(fixture.nativeElement as HTMLElement),
    };
  }

  it('says a letter may only be handed over until instructions are recorded, then records them', async () => {
    const { fixture, loader, dialogs, text } = await open(NONE);
    expect(text()).toContain('Not recorded: a client letter may only be handed over in person.');

    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Record safe-contact instructions' }))
    ).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    const [mail, phone] = await dialog.getAllHarnesses(MatRadioGroupHarness);
    await mail?.checkRadioButton({ label: 'Mail only to a safe address' });
    await phone?.checkRadioButton({ label: 'Calls, but no voicemail' });
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save instructions' }))).click();
    // No safe address given or stored: refused before asking the API, under the field.
    http.expectNone(`/api/cases/${CASE_ID}/safe-contact`);
    expect(readableText(document.querySelector('mat-dialog-container'))).toContain(
      'Give the safe address: mail may only go there.',
    );

    const [address] = await dialog.getAllHarnesses(MatInputHarness);
    await address?.setValue('PO Box 4471, Fairfax, VA');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save instructions' }))).click();
    const put = http.expectOne(`/api/cases/${CASE_ID}/safe-contact`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      mail: 'safe_address_only',
      phone: 'no_voicemail',
      safeAddress: 'PO Box 4471, Fairfax, VA',
    });
    put.flush(SAFE_ONLY);
    await dialogsClosed();
    await fixture.whenStable();

    expect(text()).toContain('Mail Mail only to a safe address');
    expect(text()).toContain('Phone Calls, but no voicemail');
    expect(text()).toContain('Safe address Recorded (sealed)');
    expect(text()).toContain(
      'Letters may go: post to the safe address or hand it over in person. Updated Dec 5, 2026 by Wren Calloway.',
    );
    // A dialog flow with two saves: over 5 s on a shared machine.
  }, 20_000);

  it('reveals the safe address with a reason, for this view only', async () => {
    const { fixture, loader, dialogs, text } = await open(SAFE_ONLY);
    expect(text()).not.toContain('PO Box');

    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Reveal the safe address and note' }))
    ).click();
    const dialog = await dialogs.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Reveal the safe address and note');
    await (await dialog.getHarness(MatInputHarness)).setValue('Posting the hearing letter');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Reveal' }))).click();
    const reveal = http.expectOne(`/api/cases/${CASE_ID}/safe-contact/reveal`);
    expect(reveal.request.body).toEqual({ reason: 'Posting the hearing letter' });
    reveal.flush({ safeAddress: 'PO Box 4471, Fairfax, VA', note: null });
    await dialogsClosed();
    await fixture.whenStable();

    expect(text()).toContain('Safe address PO Box 4471, Fairfax, VA');
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Hide the safe address and note' }))
    ).click();
    expect(text()).not.toContain('PO Box');
  });

  it('offers no reveal to a role that may not reveal', async () => {
    const { loader } = await open(SAFE_ONLY, false);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /^Reveal/ }))).toHaveLength(
      0,
    );
  });
});
