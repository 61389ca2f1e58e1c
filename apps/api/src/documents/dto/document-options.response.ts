import type {
  ClientLetterKind,
  DocumentOptionsResponse,
  LetterChannel,
  MailInstruction,
} from '@haven/contracts';

import {
  extendedOrders,
  fileByOf,
  medicalNoticeHearings,
  medicalNoticeOf,
  motionOrders,
  upcomingHearings,
  type DocumentSource,
} from '../document-data';

/** What can be drafted for the case now, with the rules library's dates. */
export function toDocumentOptions(
  source: DocumentSource,
  mail: MailInstruction | null,
  channels: LetterChannel[],
): DocumentOptionsResponse {
  const c = source.computation;
  const motionIds = new Set(motionOrders(c).map((o) => o.orderId));
  const extended = extendedOrders(source);
  const extendedIds = new Set(extended.map((o) => o.orderId));
  const defaultMotion = [...motionOrders(c)].sort((a, b) =>
    (b.expiresAt?.date ?? '').localeCompare(a.expiresAt?.date ?? ''),
  )[0];
  const upcoming = upcomingHearings(source);
  const letters: Array<{ letter: ClientLetterKind; available: boolean; reason: string | null }> = [
    {
      letter: 'hearing',
      available: upcoming.length > 0,
      reason: upcoming.length > 0 ? null : 'No hearing is scheduled.',
    },
    {
      letter: 'order_expiry',
      available: motionIds.size > 0,
      reason: motionIds.size > 0 ? null : 'No final order in effect with a known expiry.',
    },
    {
      letter: 'order_extended',
      available: extended.length > 0,
      reason: extended.length > 0 ? null : 'No order made on a motion to extend is recorded.',
    },
  ];
  return {
    orders: c.orders.map((o) => ({
      orderId: o.orderId,
      kind: o.kind,
      issuedOn: o.issuedAt.date,
      expiresOn: o.expiresAt?.date ?? null,
      fileBy: fileByOf(c, o.orderId)?.due.date ?? null,
      isExtension: extendedIds.has(o.orderId),
      motionAvailable: motionIds.has(o.orderId),
    })),
    hearings: c.hearings
      .filter((h) => !h.held)
      .map((h) => ({
        hearingId: h.hearingId,
        kind: h.kind,
        scheduledOn: h.scheduledFor.date,
        scheduledTime: h.scheduledFor.time ?? null,
        medicalNoticeBy: medicalNoticeOf(c, h.hearingId)?.due.date ?? null,
      })),
    defaultMotionOrderId: defaultMotion?.orderId ?? null,
    medicalNoticeAvailable: medicalNoticeHearings(c).length > 0,
    letters,
    mail,
    allowedChannels: channels,
  };
}
