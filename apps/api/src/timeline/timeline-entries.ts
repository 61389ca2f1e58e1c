import type { TimelineEntry, TimelineEntryKind } from '@haven/contracts';

import { virginiaDateTime } from '@api/common/clock/clock';
import { motionDraftOrderId } from '@api/followups/motion-draft';

import {
  deadlineTitle,
  hearingKindLabel,
  hearingOutcomeLabel,
  orderKindLabel,
  potentialClassLabel,
  sentence,
  servedByLabel,
  serviceMethodLabel,
  serviceOutcomeLabel,
  violationActsLabel,
} from './plain-english';
import type { HearingRow, OrderRow, TimelineFacts } from './timeline.repository';

// On one day and minute, entries follow the path of a case: filing, orders, service, hearings,
// motions, violations, then the people's work and what is due.
const KIND_ORDER: readonly TimelineEntryKind[] = [
  'petition_filed',
  'order_issued',
  'order_extended',
  'order_extension_granted',
  'service_attempt',
  'order_served',
  'hearing_scheduled',
  'hearing_held',
  'hearing_continued',
  'extension_motion_filed',
  'extension_motion_decided',
  'violation',
  'order_dissolved',
  'note',
  'task_completed',
  'task_due',
  'deadline',
];
const RANK = new Map(KIND_ORDER.map((k, i) => [k, i]));

type Entry = TimelineEntry & { sortId: string };

function at(date: string, time: string | null): TimelineEntry['at'] {
  return { date, time };
}

function instant(value: Date): TimelineEntry['at'] {
  const { date, time } = virginiaDateTime(value);
  return { date, time };
}

function orderEntries(order: OrderRow): Entry[] {
  const label = orderKindLabel(order.kind);
  const expiry = order.statedExpiryOn ? `, stated to expire ${order.statedExpiryOn}` : '';
  const onMotion = order.extensionOf === 'motion_to_extend';
  const entries: Entry[] = [
    {
      at: at(order.issuedOn, order.issuedTime),
      kind: onMotion ? 'order_extended' : 'order_issued',
      title: onMotion
        ? `Order extended on the motion: new ${label} issued${expiry}`
        : `${sentence(label)} issued in ${order.issuingLocality}${expiry}`,
      refs: {
        orderId: order.id,
        ...(order.parentOrderId ? { parentOrderId: order.parentOrderId } : {}),
      },
      details: { orderKind: order.kind },
      sortId: order.id,
    },
  ];
  if (order.servedOn) {
    entries.push({
      at: at(order.servedOn, order.servedTime),
      kind: 'order_served',
      title: `${sentence(label)} served on the respondent`,
      refs: { orderId: order.id },
      details: { orderKind: order.kind },
      sortId: order.id,
    });
  }
  if (order.dissolvedOn) {
    entries.push({
      at: at(order.dissolvedOn, null),
      kind: 'order_dissolved',
      title: `${sentence(label)} dissolved`,
      refs: { orderId: order.id },
      details: { orderKind: order.kind },
      sortId: order.id,
    });
  }
  return entries;
}

function hearingEntries(hearing: HearingRow, next: HearingRow | undefined): Entry[] {
  const label = hearingKindLabel(hearing.kind);
  const refs = { hearingId: hearing.id, ...(hearing.orderId ? { orderId: hearing.orderId } : {}) };
  const entries: Entry[] = [
    {
      at: at(hearing.scheduledOn, hearing.scheduledTime),
      kind: 'hearing_scheduled',
      title: `${sentence(label)} scheduled`,
      refs,
      details: { hearingKind: hearing.kind },
      sortId: hearing.id,
    },
  ];
  if (hearing.outcome && hearing.heldOn) {
    const continued = hearing.outcome === 'continued';
    // Held (or continued) on its day: at the time it was set for, so it follows the scheduling.
    const time = hearing.heldOn === hearing.scheduledOn ? hearing.scheduledTime : null;
    entries.push({
      at: at(hearing.heldOn, time),
      kind: continued ? 'hearing_continued' : 'hearing_held',
      title: continued
        ? `${sentence(label)} of ${hearing.scheduledOn} continued${next ? ` to ${next.scheduledOn}` : ''}`
        : `${sentence(label)} held: ${hearingOutcomeLabel(hearing.outcome)}`,
      refs: { ...refs, ...(continued && next ? { nextHearingId: next.id } : {}) },
      details: { hearingKind: hearing.kind, outcome: hearing.outcome },
      sortId: hearing.id,
    });
  }
  return entries;
}

/** Builds a case's timeline from its facts: one list in date (and time) order. */
export function buildTimeline(facts: TimelineFacts): TimelineEntry[] {
  const kindOf = new Map(facts.orders.map((o) => [o.id, o.kind]));
  const nextOf = new Map(
    facts.hearings.filter((h) => h.continuedFromId).map((h) => [h.continuedFromId, h]),
  );
  const entries: Entry[] = [
    ...facts.petitions.map((p): Entry => ({
      at: at(p.filedOn, null),
      kind: 'petition_filed',
      title: `Petition filed for a ${orderKindLabel(p.orderKindSought)} in ${p.courtLocality} (${p.courtKind})${
        p.courtCaseNumber ? `, case ${p.courtCaseNumber}` : ''
      }`,
      refs: { petitionId: p.id },
      details: { orderKindSought: p.orderKindSought },
      sortId: p.id,
    })),
    ...facts.orders.flatMap(orderEntries),
    ...facts.extensions.map((e): Entry => ({
      at: at(e.grantedOn, e.grantedTime),
      kind: 'order_extension_granted',
      title: `${sentence(orderKindLabel(kindOf.get(e.orderId) ?? 'order'))} extended (${
        e.kind === 'incapacity' ? 'petitioner incapacitated' : 'respondent not served'
      })${e.statedExpiryOn ? ` to ${e.statedExpiryOn}` : ''}`,
      refs: { orderId: e.orderId, extensionId: e.id },
      details: { extensionKind: e.kind },
      sortId: e.id,
    })),
    ...facts.motions.flatMap((m): Entry[] => {
      const filed: Entry = {
        at: at(m.filedOn, m.filedTime),
        kind: 'extension_motion_filed',
        title: `Motion to extend the ${orderKindLabel(kindOf.get(m.orderId) ?? 'order')} filed`,
        refs: { orderId: m.orderId, motionId: m.id },
        details: { outcome: m.outcome },
        sortId: m.id,
      };
      if (!m.decidedOn || m.outcome === 'pending') return [filed];
      return [
        filed,
        {
          at: at(m.decidedOn, null),
          kind: 'extension_motion_decided',
          title: `Motion to extend ${m.outcome}`,
          refs: { orderId: m.orderId, motionId: m.id },
          details: { outcome: m.outcome, grantedOrderId: m.grantedOrderId },
          sortId: m.id,
        },
      ];
    }),
    ...facts.serviceAttempts.map((s): Entry => ({
      at: at(s.attemptedOn, s.attemptedTime),
      kind: 'service_attempt',
      title: `Service attempt by ${servedByLabel(s.servedBy)} (${serviceMethodLabel(s.method)}): ${serviceOutcomeLabel(s.outcome)}`,
      refs: { orderId: s.orderId, serviceAttemptId: s.id },
      details: { servedBy: s.servedBy, method: s.method, outcome: s.outcome },
      sortId: s.id,
    })),
    ...facts.hearings.flatMap((h) => hearingEntries(h, nextOf.get(h.id))),
    ...facts.violations.map((v): Entry => {
      const potential = potentialClassLabel(v.potentialClass);
      return {
        at: at(v.occurredOn, v.occurredTime),
        kind: 'violation',
        title: `Violation of the ${orderKindLabel(kindOf.get(v.orderId) ?? 'order')}: ${violationActsLabel(v.acts)}${
          potential ? ` (${potential})` : ''
        }`,
        refs: { orderId: v.orderId, violationId: v.id },
        details: { acts: v.acts, potentialClass: v.potentialClass },
        sortId: v.id,
      };
    }),
    ...facts.notes.map((n): Entry => ({
      at: instant(n.createdAt),
      kind: 'note',
      title: `Note by ${n.authorName ?? 'a former user'}`,
      refs: { noteId: n.id },
      details: { authorName: n.authorName },
      sortId: n.id,
    })),
    ...facts.tasks.flatMap((t): Entry[] => {
      // A task asking for the motion to extend links to its prefilled draft (issue 19).
      const draftOrderId = motionDraftOrderId(t.followupKind, t.followupKey);
      const due: Entry = {
        at: at(t.dueOn, null),
        kind: 'task_due',
        title: `Task due: ${t.title}`,
        refs: { taskId: t.id, ...(draftOrderId ? { orderId: draftOrderId } : {}) },
        details: {
          status: t.status,
          assigneeName: t.assigneeName,
          sourceRule: t.sourceRule,
          draft: draftOrderId ? 'extension_motion' : null,
        },
        sortId: t.id,
      };
      if (!t.completedAt) return [due];
      return [
        due,
        {
          at: instant(t.completedAt),
          kind: 'task_completed',
          title: `Task done: ${t.title}`,
          refs: { taskId: t.id },
          details: { completedByName: t.completedByName },
          sortId: t.id,
        },
      ];
    }),
    ...facts.deadlines.map((d): Entry => ({
      at: at(d.dueOn, d.dueTime),
      kind: 'deadline',
      title: deadlineTitle(d.kind, d.orderId ? (kindOf.get(d.orderId) ?? null) : null),
      refs: {
        deadlineId: d.id,
        ...(d.orderId ? { orderId: d.orderId } : {}),
        ...(d.hearingId ? { hearingId: d.hearingId } : {}),
      },
      details: {
        ruleId: d.ruleId,
        deadlineKind: d.kind,
        citation: d.citation,
        explanation: d.explanation,
        state: d.state,
      },
      sortId: d.id,
    })),
  ];
  return entries.sort(compareEntries).map(({ sortId: _sortId, ...entry }) => entry);
}

// A day's undated-time entries come before its timed ones; ties fall to the path order, then id.
function compareEntries(a: Entry, b: Entry): number {
  return (
    a.at.date.localeCompare(b.at.date) ||
    (a.at.time ?? '').localeCompare(b.at.time ?? '') ||
    (RANK.get(a.kind) ?? 0) - (RANK.get(b.kind) ?? 0) ||
    a.sortId.localeCompare(b.sortId)
  );
}
