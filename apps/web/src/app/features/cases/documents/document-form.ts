import { HttpErrorResponse } from '@angular/common/http';

import type {
  ClientLetterKind,
  DocumentFormat,
  DocumentHearingOption,
  DocumentKind,
  DocumentOptionsResponse,
  DocumentOrderOption,
  LetterChannel,
  LetterLanguage,
  LetterRefusedResponse,
  OrderKind,
} from '@haven/contracts';
import { LETTER_CHANNELS } from '@haven/contracts';

import { formatCivilDate, formatCivilTime } from '../../../shared/dates/civil-date';
import { orderKindLabel } from '../../../shared/labels/case-labels';
import { HEARING_KIND_OPTIONS } from '../records/record-options';
import type { DocumentRequest } from './documents.api';

/** The Documents dialog's values, one control each (named as the API names its fields). */
export interface DocumentFormValue {
  kind: DocumentKind;
  orderId: string | null;
  hearingId: string | null;
  grounds: string;
  letter: ClientLetterKind;
  language: LetterLanguage;
  format: DocumentFormat;
  channel: LetterChannel;
  includeAddress: boolean;
  revealReason: string;
  nameRespondent: boolean;
  fileOnCase: boolean;
}

/** The documents this case can have drafted now, in the order the dialog offers them. */
export function availableKinds(options: DocumentOptionsResponse): DocumentKind[] {
  return [
    ...(options.defaultMotionOrderId !== null ? (['extension_motion'] as const) : []),
    ...(options.medicalNoticeAvailable ? (['medical_notice'] as const) : []),
    ...(options.letters.some((l) => l.available) ? (['client_letter'] as const) : []),
  ];
}

/** The orders a document or letter can be about. */
export function ordersFor(
  options: DocumentOptionsResponse,
  kind: DocumentKind,
  letter: ClientLetterKind,
): DocumentOrderOption[] {
  if (kind === 'extension_motion') {
    return options.orders.filter((o) => o.motionAvailable);
  }
  if (kind === 'client_letter' && letter === 'order_extended') {
    return options.orders.filter((o) => o.isExtension);
  }
  if (kind === 'client_letter' && letter === 'order_expiry') {
    return options.orders.filter((o) => o.expiresOn !== null);
  }
  return [];
}

/** The hearings a document or letter can be about. */
export function hearingsFor(
  options: DocumentOptionsResponse,
  kind: DocumentKind,
  letter: ClientLetterKind,
): DocumentHearingOption[] {
  if (kind === 'medical_notice') {
    return options.hearings.filter((h) => h.medicalNoticeBy !== null);
  }
  if (kind === 'client_letter' && letter === 'hearing') {
    return options.hearings;
  }
  return [];
}

/** Every channel, each marked with whether the client's instructions allow it. */
export function channelChoices(
  allowed: readonly LetterChannel[],
): Array<{ channel: LetterChannel; allowed: boolean }> {
  return LETTER_CHANNELS.map((channel) => ({ channel, allowed: allowed.includes(channel) }));
}

/** The request the form's values stand for; fields that do not belong to the kind are left out. */
export function documentRequest(v: DocumentFormValue): DocumentRequest {
  const fileOnCase = v.fileOnCase || undefined;
  switch (v.kind) {
    case 'extension_motion':
      return {
        kind: v.kind,
        body: {
          ...(v.orderId ? { orderId: v.orderId } : {}),
          ...(v.grounds.trim() ? { grounds: v.grounds.trim() } : {}),
          ...(fileOnCase ? { fileOnCase } : {}),
        },
      };
    case 'medical_notice':
      return {
        kind: v.kind,
        body: {
          ...(v.hearingId ? { hearingId: v.hearingId } : {}),
          ...(fileOnCase ? { fileOnCase } : {}),
        },
      };
    case 'client_letter': {
      const aboutHearing = v.letter === 'hearing';
      const withAddress = v.includeAddress && v.channel !== 'in_person';
      return {
        kind: v.kind,
        body: {
          letter: v.letter,
          language: v.language,
          format: v.format,
          channel: v.channel,
          ...(aboutHearing && v.hearingId ? { hearingId: v.hearingId } : {}),
          ...(!aboutHearing && v.orderId ? { orderId: v.orderId } : {}),
          ...(withAddress ? { includeAddress: true, revealReason: v.revealReason.trim() } : {}),
          ...(v.nameRespondent ? { nameRespondent: true } : {}),
          ...(fileOnCase ? { fileOnCase } : {}),
        },
      };
    }
  }
}

/**
 * A letter the safe-contact instructions refused: the reason and what is allowed instead. Known by
 * its code, whatever the 4xx status (the contract says 422, the API answers it as a conflict).
 */
export function letterRefusalOf(err: unknown): LetterRefusedResponse | null {
  if (!(err instanceof HttpErrorResponse) || err.status < 400 || err.status >= 500) {
    return null;
  }
  const body = err.error as Partial<LetterRefusedResponse> | null;
  if (body?.error !== 'LETTER_CHANNEL_FORBIDDEN' || !Array.isArray(body.allowedChannels)) {
    return null;
  }
  return {
    error: body.error,
    message: body.message ?? '',
    reason: body.reason ?? body.message ?? '',
    channel: body.channel ?? 'mail_home',
    allowedChannels: body.allowedChannels.filter((c): c is LetterChannel =>
      LETTER_CHANNELS.includes(c),
    ),
  };
}

const HEARING_WORDS = new Map<string, string>(HEARING_KIND_OPTIONS.map((o) => [o.value, o.label]));

/** "Family abuse final order, issued Mar 2, 2025, expires Mar 2, 2027". */
export function orderChoiceLabel(o: DocumentOrderOption): string {
  const kind = orderKindLabel(o.kind as OrderKind);
  const expires = o.expiresOn ? `, expires ${formatCivilDate(o.expiresOn)}` : '';
  return `${kind}, issued ${formatCivilDate(o.issuedOn)}${expires}`;
}

/** "Final hearing on Dec 9, 2026 at 9:30 AM". */
export function hearingChoiceLabel(h: DocumentHearingOption): string {
  const time = h.scheduledTime ? ` at ${formatCivilTime(h.scheduledTime)}` : '';
  return `${HEARING_WORDS.get(h.kind) ?? 'Hearing'} on ${formatCivilDate(h.scheduledOn)}${time}`;
}
