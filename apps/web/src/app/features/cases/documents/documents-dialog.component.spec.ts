import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { DocumentOptionsResponse } from '@haven/contracts';

import { blobErrorInterceptor } from '../../../core/http/blob-error.interceptor';
import { readableText } from '../../../../testing/text';
import { DocumentsDialogComponent, type DocumentsDialogData } from './documents-dialog.component';

const CASE_ID = 'c0000000-0000-4000-8000-000000000005';
const OPTIONS: DocumentOptionsResponse = {
  orders: [
    {
      orderId: 'o-old',
      kind: 'FA_PO',
      issuedOn: '2022-12-20',
      expiresOn: '2024-12-20',
      fileBy: null,
      isExtension: false,
      motionAvailable: false,
    },
    {
      orderId: 'o-final',
      kind: 'FA_PO',
      issuedOn: '2024-12-20',
      expiresOn: '2026-12-20',
      fileBy: '2026-12-18',
      isExtension: false,
      motionAvailable: true,
    },
  ],
  hearings: [],
  defaultMotionOrderId: 'o-final',
  medicalNoticeAvailable: false,
  letters: [
    { letter: 'hearing', available: false, reason: 'No hearing is scheduled' },
    { letter: 'order_expiry', available: true, reason: null },
    { letter: 'order_extended', available: false, reason: 'No order was extended' },
  ],
  mail: 'safe_address_only',
  allowedChannels: ['mail_safe_address', 'in_person'],
};

describe('DocumentsDialogComponent', () => {
  let http: HttpTestingController;
  let close: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    close = vi.fn();
    URL.createObjectURL = vi.fn(() => 'blob:haven-test');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => http.verify());

  async function open(data: Omit<DocumentsDialogData, 'caseId'>) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([blobErrorInterceptor])),
        provideHttpClientTesting(),
        { provide: MatDialogRef, useValue: { close, disableClose: false } },
        { provide: MAT_DIALOG_DATA, useValue: { caseId: CASE_ID, ...data } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(DocumentsDialogComponent);
    http.expectOne(`/api/cases/${CASE_ID}/documents/options`).flush(OPTIONS);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const generate = async () => {
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Generate' }))).click();
    };
    // A refused file request's body is read from its Blob first (a promise), then shown.
    const settle = async () => {
      for (let i = 0; i < 5; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        await fixture.whenStable();
      }
    };
    return { fixture, loader, element, generate, settle };
  }

  it('opens on the motion for the order a task links to and offers its draft to download', async () => {
    const { element, generate, settle } = await open({
      kind: 'extension_motion',
      orderId: 'o-final',
    });
    expect(readableText(element)).toContain('File the motion by Dec 18, 2026.');

    await generate();
    const req = http.expectOne(`/api/cases/${CASE_ID}/documents/extension-motion`);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ orderId: 'o-final' });
    req.flush(new Blob(['PK'], { type: 'application/octet-stream' }), {
      headers: {
        'Content-Disposition': 'attachment; filename="motion-to-extend-HV-2026-0005.docx"',
        'X-Template-Version': '0',
      },
    });
    await settle();

    const link = element.querySelector<HTMLAnchorElement>('[role="status"] a');
    expect(link?.getAttribute('href')).toBe('blob:haven-test');
    expect(link?.getAttribute('download')).toBe('motion-to-extend-HV-2026-0005.docx');
    expect(readableText(element.querySelector('[role="status"]'))).toBe(
      'Ready (template version 0). Download motion-to-extend-HV-2026-0005.docx',
    );
  });

  it('shows why a letter’s channel is refused and which channels the client allows', async () => {
    const { loader, element, generate, settle } = await open({ kind: 'client_letter' });
    const groups = await loader.getAllHarnesses(MatRadioGroupHarness);
    await groups[1]?.checkRadioButton({ label: /Español/ });
    const selects = await loader.getAllHarnesses(MatSelectHarness);
    const channel = selects.at(-1);
    await channel?.open();
    await channel?.clickOptions({ text: /^Post to the home address/ });

    await generate();
    const req = http.expectOne(`/api/cases/${CASE_ID}/documents/client-letter`);
    expect(req.request.body).toEqual({
      letter: 'order_expiry',
      language: 'es',
      format: 'docx',
      channel: 'mail_home',
      orderId: 'o-final',
    });
    const refusal = {
      error: 'LETTER_CHANNEL_FORBIDDEN',
      message: 'The letter may not be posted to the home address.',
      reason: 'The client asked for mail only to a safe address.',
      channel: 'mail_home',
      allowedChannels: ['mail_safe_address', 'in_person'],
    };
    req.flush(new Blob([JSON.stringify(refusal)], { type: 'application/json' }), {
      status: 422,
      statusText: 'Unprocessable Entity',
    });
    await settle();

    expect(readableText(element.querySelector('[role="alert"]'))).toBe(
      'Refused: The client asked for mail only to a safe address. Allowed for this client: post to the safe address or hand it over in person.',
    );
    expect(element.querySelector('[role="status"] a')).toBeNull();
  });
});
