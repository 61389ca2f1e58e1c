import { HttpErrorResponse } from '@angular/common/http';
import { describe, expect, it } from 'vitest';

import type { DocumentOptionsResponse } from '@haven/contracts';

import {
  type DocumentFormValue,
  availableKinds,
  channelChoices,
  documentRequest,
  letterRefusalOf,
  orderChoiceLabel,
  ordersFor,
} from './document-form';

const FINAL = {
  orderId: 'o-final',
  kind: 'FA_PO',
  issuedOn: '2024-12-20',
  expiresOn: '2026-12-20',
  fileBy: '2026-12-18',
  isExtension: false,
  motionAvailable: true,
};
const EXTENDED = { ...FINAL, orderId: 'o-ext', isExtension: true, motionAvailable: false };

function options(overrides: Partial<DocumentOptionsResponse> = {}): DocumentOptionsResponse {
  return {
    orders: [FINAL, EXTENDED],
    hearings: [],
    defaultMotionOrderId: 'o-final',
    medicalNoticeAvailable: false,
    letters: [
      { letter: 'hearing', available: false, reason: 'No hearing is scheduled.' },
      { letter: 'order_expiry', available: true, reason: null },
      { letter: 'order_extended', available: true, reason: null },
    ],
    mail: 'safe_address_only',
    allowedChannels: ['mail_safe_address', 'in_person'],
    ...overrides,
  };
}

const LETTER: DocumentFormValue = {
  kind: 'client_letter',
  orderId: 'o-final',
  hearingId: 'h-1',
  grounds: 'ignored for a letter',
  letter: 'order_expiry',
  language: 'es',
  format: 'pdf',
  channel: 'mail_safe_address',
  includeAddress: false,
  revealReason: '',
  nameRespondent: false,
  fileOnCase: false,
};

describe('what the Documents dialog offers', () => {
  it('offers the motion, then a letter, and the medical notice only where it applies', () => {
    expect(availableKinds(options())).toEqual(['extension_motion', 'client_letter']);
    expect(
      availableKinds(options({ defaultMotionOrderId: null, medicalNoticeAvailable: true })),
    ).toEqual(['medical_notice', 'client_letter']);
  });

  it('drafts the motion only for an order it can extend, and the extended letter for an extension', () => {
    expect(ordersFor(options(), 'extension_motion', 'hearing').map((o) => o.orderId)).toEqual([
      'o-final',
    ]);
    expect(ordersFor(options(), 'client_letter', 'order_extended').map((o) => o.orderId)).toEqual([
      'o-ext',
    ]);
  });

  it('marks each channel with whether the instructions allow it', () => {
    expect(channelChoices(['mail_safe_address', 'in_person'])).toEqual([
      { channel: 'mail_home', allowed: false },
      { channel: 'mail_safe_address', allowed: true },
      { channel: 'in_person', allowed: true },
    ]);
  });

  it('names an order by kind and its dates', () => {
    expect(orderChoiceLabel(FINAL)).toBe(
      'Family abuse final order, issued Dec 20, 2024, expires Dec 20, 2026',
    );
  });
});

describe('the request a document sends', () => {
  it('sends a motion’s order and grounds, and nothing of a letter', () => {
    expect(
      documentRequest({ ...LETTER, kind: 'extension_motion', grounds: '  Ongoing threats.  ' }),
    ).toEqual({
      kind: 'extension_motion',
      body: { orderId: 'o-final', grounds: 'Ongoing threats.' },
    });
  });

  it('sends a letter’s language, format and channel, about its order, without the respondent’s name by default', () => {
    expect(documentRequest(LETTER)).toEqual({
      kind: 'client_letter',
      body: {
        letter: 'order_expiry',
        language: 'es',
        format: 'pdf',
        channel: 'mail_safe_address',
        orderId: 'o-final',
      },
    });
  });

  it('asks for the address with the reveal reason, never for a letter handed over in person', () => {
    const withAddress = { ...LETTER, includeAddress: true, revealReason: ' Posting it today ' };
    expect(documentRequest(withAddress).body).toMatchObject({
      includeAddress: true,
      revealReason: 'Posting it today',
    });
    expect(documentRequest({ ...withAddress, channel: 'in_person' }).body).not.toHaveProperty(
      'includeAddress',
    );
  });

  it('files a copy and names the respondent only when asked', () => {
    expect(
      documentRequest({ ...LETTER, nameRespondent: true, fileOnCase: true }).body,
    ).toMatchObject({ nameRespondent: true, fileOnCase: true });
  });
});

describe('letterRefusalOf', () => {
  it('reads the reason and the allowed channels of a refused letter', () => {
    const err = new HttpErrorResponse({
      status: 422,
      error: {
        error: 'LETTER_CHANNEL_FORBIDDEN',
        message: 'This letter may not go by post to the home address.',
        reason: 'The client asked for mail only to a safe address.',
        channel: 'mail_home',
        allowedChannels: ['mail_safe_address', 'in_person'],
      },
    });
    expect(letterRefusalOf(err)).toEqual({
      error: 'LETTER_CHANNEL_FORBIDDEN',
      message: 'This letter may not go by post to the home address.',
      reason: 'The client asked for mail only to a safe address.',
      channel: 'mail_home',
      allowedChannels: ['mail_safe_address', 'in_person'],
    });
  });

  it('knows the refusal by its code when it comes as a conflict', () => {
    const err = new HttpErrorResponse({
      status: 409,
      error: {
        error: 'LETTER_CHANNEL_FORBIDDEN',
        message: 'The client asked for no mail.',
        reason: 'The client asked for no mail.',
        channel: 'mail_safe_address',
        allowedChannels: ['in_person', 'carrier_pigeon'],
      },
    });
    expect(letterRefusalOf(err)?.allowedChannels).toEqual(['in_person']);
  });

  it('is null for any other refusal', () => {
    expect(
      letterRefusalOf(
        new HttpErrorResponse({ status: 409, error: { error: 'DOCUMENT_NOT_APPLICABLE' } }),
      ),
    ).toBeNull();
  });
});
