import type { CaseComputation, CaseDeadline, HearingResult, OrderStatusResult } from '@haven/rules';
import type { ClientLetterKind, LetterLanguage } from '@haven/contracts';

import type { CaseRecord } from '@api/case-computation/case-record';
import { DomainError } from '@api/common/errors/domain-error';

import { formatLetterDate, formatLetterTime } from './document-dates';
import type { TemplateData } from './docx-template';

/**
 * Every document's dates come from the rules library's computation of the stored facts (issue 19):
 * this file only picks the order, hearing or deadline a document is about and writes its dates in
 * the document's language. It never adds or rolls a day itself.
 */

/** The names a document shows, read by the caller. */
export interface DocumentNames {
  organisationName: string;
  advocateName: string;
  clientName: string;
  respondentName: string;
  caseReference: string;
  /** Court names by court id (the court directory). */
  courts: ReadonlyMap<string, string>;
}

/** A case as the documents read it: stored facts, their computation and the names. */
export interface DocumentSource {
  record: CaseRecord;
  computation: CaseComputation;
  names: DocumentNames;
  /** Today in Virginia ('YYYY-MM-DD'), the date a document is written on. */
  today: string;
}

const EXTENSION_FILE_BY = new Set(['VA.FA.PO.EXTENSION_FILE_BY', 'VA.AOV.PO']);
const MEDICAL_NOTICE = 'VA.FA.MEDICAL_NOTICE';
const LIVE: ReadonlySet<OrderStatusResult['status']> = new Set(['in_effect', 'awaiting_service']);

export function notApplicable(message: string, field?: string): DomainError {
  return new DomainError('DOCUMENT_NOT_APPLICABLE', 'conflict', message, field);
}

function orderNotFound(): DomainError {
  return new DomainError('ORDER_NOT_FOUND', 'not_found', 'Order not found.');
}

function hearingNotFound(): DomainError {
  return new DomainError('HEARING_NOT_FOUND', 'not_found', 'Hearing not found.');
}

/** The R11 / R25 file-by deadline of an order, when the rules give one. */
export function fileByOf(c: CaseComputation, orderId: string): CaseDeadline | undefined {
  return c.deadlines.find(
    (d) => d.kind === 'file_by' && d.orderId === orderId && EXTENSION_FILE_BY.has(d.ruleId),
  );
}

/** The R13 notice deadline of a hearing, when the case holds medical evidence. */
export function medicalNoticeOf(c: CaseComputation, hearingId: string): CaseDeadline | undefined {
  return c.deadlines.find(
    (d) => d.kind === 'notice_by' && d.hearingId === hearingId && d.ruleId === MEDICAL_NOTICE,
  );
}

/** Orders a motion to extend can be drafted for: a final order with a file-by date, not ended. */
export function motionOrders(c: CaseComputation): OrderStatusResult[] {
  return c.orders.filter((o) => LIVE.has(o.status) && o.expiresAt && fileByOf(c, o.orderId));
}

function latestExpiry(orders: OrderStatusResult[]): OrderStatusResult | undefined {
  return [...orders].sort((a, b) =>
    (b.expiresAt?.date ?? '').localeCompare(a.expiresAt?.date ?? ''),
  )[0];
}

function pickOrder(
  c: CaseComputation,
  orderId: string | undefined,
  candidates: OrderStatusResult[],
  none: string,
): OrderStatusResult {
  if (orderId !== undefined) {
    if (!c.orders.some((o) => o.orderId === orderId)) throw orderNotFound();
    const chosen = candidates.find((o) => o.orderId === orderId);
    if (!chosen) throw notApplicable(none, 'orderId');
    return chosen;
  }
  const chosen = latestExpiry(candidates);
  if (!chosen) throw notApplicable(none);
  return chosen;
}

function courtName(source: DocumentSource, orderId: string | undefined): string {
  const row = source.record.orders.find((o) => o.id === orderId);
  if (row) {
    return (
      source.names.courts.get(row.issuingCourtId) ??
      `${row.issuingCourtKind} court, ${row.issuingLocality}`
    );
  }
  // A hearing on a petition (no order yet) is in the court the petition was filed in.
  const petition = source.record.petitions.at(-1);
  return petition ? (source.names.courts.get(petition.courtId) ?? petition.courtId) : '';
}

function caption(source: DocumentSource, orderId: string | undefined, language: LetterLanguage) {
  const n = source.names;
  return {
    courtName: courtName(source, orderId),
    petitionerName: n.clientName,
    respondentName: n.respondentName,
    caseReference: n.caseReference,
    advocateName: n.advocateName,
    organisationName: n.organisationName,
    documentDate: formatLetterDate(source.today, language),
  };
}

/** The motion to extend a final order (R11 / R12): parties, court, dates, citation and version. */
export function motionData(
  source: DocumentSource,
  orderId: string | undefined,
  grounds: string | undefined,
): { data: TemplateData; orderId: string } {
  const c = source.computation;
  const order = pickOrder(
    c,
    orderId,
    motionOrders(c),
    'No final order in effect with a filing deadline for a motion to extend.',
  );
  const fileBy = fileByOf(c, order.orderId) as CaseDeadline;
  const data: TemplateData = {
    ...caption(source, order.orderId, 'en'),
    orderIssuedOn: formatLetterDate(order.issuedAt.date, 'en'),
    orderExpiresOn: formatLetterDate((order.expiresAt ?? order.issuedAt).date, 'en'),
    fileBy: formatLetterDate(fileBy.due.date, 'en'),
    grounds: grounds?.trim()
      ? grounds
      : '[The advocate writes the grounds for the extension here.]',
    citation: fileBy.citation.text,
    ruleId: fileBy.ruleId,
    ruleVersion: fileBy.ruleVersion,
  };
  return { data, orderId: order.orderId };
}

/** Hearings with an R13 medical-records notice deadline that has not gone by. */
export function medicalNoticeHearings(c: CaseComputation): HearingResult[] {
  return c.hearings.filter((h) => {
    const d = medicalNoticeOf(c, h.hearingId);
    return !h.held && d !== undefined && (d.state === 'open' || d.state === 'missed');
  });
}

/** The notice of intent to present medical records (R13) for a hearing. */
export function medicalNoticeData(
  source: DocumentSource,
  hearingId: string | undefined,
): { data: TemplateData; hearingId: string } {
  const c = source.computation;
  const candidates = medicalNoticeHearings(c);
  let hearing: HearingResult | undefined;
  if (hearingId !== undefined) {
    if (!c.hearings.some((h) => h.hearingId === hearingId)) throw hearingNotFound();
    hearing = candidates.find((h) => h.hearingId === hearingId);
    if (!hearing) {
      throw notApplicable(
        'No medical-records notice deadline applies to this hearing.',
        'hearingId',
      );
    }
  } else {
    hearing = [...candidates].sort((a, b) =>
      a.scheduledFor.date.localeCompare(b.scheduledFor.date),
    )[0];
    if (!hearing) {
      throw notApplicable(
        'No scheduled hearing has a medical-records notice deadline (the case must hold medical evidence).',
      );
    }
  }
  const d = medicalNoticeOf(c, hearing.hearingId) as CaseDeadline;
  const due = formatLetterDate(d.due.date, 'en');
  const data: TemplateData = {
    ...caption(source, hearing.orderId, 'en'),
    hearingDate: formatLetterDate(hearing.scheduledFor.date, 'en'),
    hearingTime: hearing.scheduledFor.time ? formatLetterTime(hearing.scheduledFor.time, 'en') : '',
    noticeBy: d.due.time ? `${due} at ${formatLetterTime(d.due.time, 'en')}` : due,
    noticeByNote:
      d.actBy && d.actBy !== d.due.date
        ? `${due} is not a court day, so give it by ${formatLetterDate(d.actBy, 'en')}.`
        : '',
    citation: d.citation.text,
    ruleId: d.ruleId,
    ruleVersion: d.ruleVersion,
  };
  return { data, hearingId: hearing.hearingId };
}

/** Scheduled hearings not yet held, from today on, soonest first. */
export function upcomingHearings(source: DocumentSource): HearingResult[] {
  return source.computation.hearings
    .filter((h) => !h.held && h.scheduledFor.date >= source.today)
    .sort((a, b) => a.scheduledFor.date.localeCompare(b.scheduledFor.date));
}

/** Orders made on a motion to extend, with a known expiry. */
export function extendedOrders(source: DocumentSource): OrderStatusResult[] {
  const extended = new Set(
    source.record.orders.filter((o) => o.extensionOf === 'motion_to_extend').map((o) => o.id),
  );
  return source.computation.orders.filter((o) => extended.has(o.orderId) && o.expiresAt);
}

/** The letter's own facts (dates in its language), and what it is about. */
export function letterData(
  source: DocumentSource,
  letter: ClientLetterKind,
  language: LetterLanguage,
  ids: { hearingId?: string; orderId?: string },
): { data: TemplateData; subjectId: string; courtOrderId: string | undefined } {
  const date = (iso: string) => formatLetterDate(iso, language);
  const c = source.computation;
  switch (letter) {
    case 'hearing': {
      const upcoming = upcomingHearings(source);
      let hearing: HearingResult | undefined;
      if (ids.hearingId !== undefined) {
        if (!c.hearings.some((h) => h.hearingId === ids.hearingId)) throw hearingNotFound();
        hearing = upcoming.find((h) => h.hearingId === ids.hearingId);
        if (!hearing) throw notApplicable('That hearing is not ahead.', 'hearingId');
      } else {
        hearing = upcoming[0];
        if (!hearing) throw notApplicable('No hearing is scheduled.');
      }
      return {
        data: {
          hearingDate: date(hearing.scheduledFor.date),
          hearingTime: hearing.scheduledFor.time
            ? formatLetterTime(hearing.scheduledFor.time, language)
            : '',
        },
        subjectId: hearing.hearingId,
        courtOrderId: hearing.orderId,
      };
    }
    case 'order_expiry': {
      const order = pickOrder(
        c,
        ids.orderId,
        motionOrders(c),
        'No final order in effect with a known expiry.',
      );
      const fileBy = fileByOf(c, order.orderId) as CaseDeadline;
      return {
        data: {
          orderExpiresOn: date((order.expiresAt ?? order.issuedAt).date),
          fileBy: date(fileBy.due.date),
        },
        subjectId: order.orderId,
        courtOrderId: order.orderId,
      };
    }
    case 'order_extended': {
      const order = pickOrder(
        c,
        ids.orderId,
        extendedOrders(source),
        'No order made on a motion to extend is recorded.',
      );
      return {
        data: {
          orderExpiresOn: date((order.expiresAt ?? order.issuedAt).date),
          extendedOn: date(order.issuedAt.date),
        },
        subjectId: order.orderId,
        courtOrderId: order.orderId,
      };
    }
  }
}

/** The court's name for a letter, from the order or hearing it is about. */
export function letterCourtName(source: DocumentSource, orderId: string | undefined): string {
  return courtName(source, orderId);
}
