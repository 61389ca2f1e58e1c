import { formatDayLong, type LocalDateTime } from '../calendar';
import { whenLong } from '../explain/phrases';
import type { PartialDateTime } from '../model/deadline';
import { statedInstant } from '../orders/stated-expiry';
import type {
  ExtensionMotionResult,
  ExtensionMotionStatus,
  OrderStatusResult,
  ServiceSummary,
} from './case-result';
import { hasEnded, startedBy, type OrderTimeline } from './order-timeline';

const SERVICE_RULE = 'VA.SERVICE.EFFECTIVE_ON_SERVICE';

function serviceSummary(t: OrderTimeline): ServiceSummary {
  const { record } = t;
  const unsuccessful = record.attempts.filter((a) => a.outcome !== 'served').length;
  const summary: ServiceSummary = {
    status: record.servedAt === undefined ? 'unserved' : 'served',
    attempts: record.attempts.length,
    unsuccessfulAttempts: unsuccessful,
  };
  if (record.servedAt !== undefined) {
    summary.servedAt = record.servedAt;
    summary.personal = record.personalService === true;
  }
  const last = record.attempts[record.attempts.length - 1];
  if (last !== undefined) {
    summary.lastAttempt = last;
  }
  return summary;
}

function endedText(t: OrderTimeline): string {
  const end = t.end;
  if (end === undefined) {
    return '';
  }
  switch (end.status) {
    case 'expired':
      return end.hearing === undefined
        ? `Expired at ${whenLong(statedInstant(end.at))}.`
        : `Expired: the petitioner did not attend the hearing on ${formatDayLong(end.at.date)}.`;
    case 'superseded':
      // The superseding order is named by `supersededBy`; ids mean nothing to a reader.
      return `Superseded by the order issued ${formatDayLong(end.at.date)}.`;
    case 'ended_at_hearing':
      return end.hearing === undefined
        ? `Ended at the full hearing on ${formatDayLong(end.at.date)}, where the final order was issued.`
        : `Ended at the hearing on ${formatDayLong(end.at.date)} (${end.hearing.held?.outcome ?? 'held'}).`;
    case 'dissolved':
      return `Dissolved on ${formatDayLong(end.at.date)}.`;
  }
}

function runningText(t: OrderTimeline, expiresAt: PartialDateTime | null): string {
  return expiresAt === null
    ? t.record.facts.kind === 'OOS'
      ? 'no expiry recorded'
      : 'lasts until the hearing'
    : `expires ${whenLong(expiresAt)}`;
}

function motionSummary(
  motions: readonly ExtensionMotionResult[],
): ExtensionMotionStatus | undefined {
  const order: ExtensionMotionStatus[] = [
    'timely',
    'untimely',
    'not_available_in_virginia',
    'not_applicable',
  ];
  return order.find((s) => motions.some((m) => m.status === s));
}

/** The status of one order on `asOf` (R26 for service; the expiry and hearing rules for ends). */
export function orderStatus(
  t: OrderTimeline,
  asOf: LocalDateTime,
  motions: readonly ExtensionMotionResult[],
): OrderStatusResult {
  const { record, computation } = t;
  const expiry = computation.expiry;
  const expiresAt = expiry === null ? null : statedInstant(expiry.due);
  const result: OrderStatusResult = {
    orderId: record.facts.orderId,
    kind: record.facts.kind,
    issuedAt: record.facts.issuedAt,
    status: 'in_effect',
    statusRuleId: expiry?.ruleId ?? SERVICE_RULE,
    statusExplanation: '',
    expiresAt,
    enforceableFrom: t.enforceableFrom,
    service: serviceSummary(t),
  };
  if (record.facts.parentOrderId !== undefined) {
    result.parentOrderId = record.facts.parentOrderId;
  }
  if (record.input.courtId !== undefined) {
    result.courtId = record.input.courtId;
  }
  if (expiry !== null) {
    result.expiryRuleId = expiry.ruleId;
  }
  if (t.end !== undefined && hasEnded(t.end, asOf)) {
    result.status = t.end.status;
    result.statusRuleId = t.end.ruleId;
    result.statusExplanation = endedText(t);
    result.endedAt = t.end.at;
    if (t.end.supersededBy !== undefined) {
      result.supersededBy = t.end.supersededBy;
    }
  } else if (!startedBy(record.facts.issuedAt, asOf)) {
    result.status = 'not_yet_issued';
    result.statusExplanation = `Issued ${whenLong(record.facts.issuedAt)}, after the date given.`;
  } else if (t.enforceableFrom === null || !startedBy(t.enforceableFrom, asOf)) {
    result.status = 'awaiting_service';
    result.statusRuleId = SERVICE_RULE;
    result.statusExplanation = `Not yet served: takes effect when the respondent is served; ${runningText(t, expiresAt)}.`;
  } else {
    const since = t.enforceableInherited
      ? `extends an order already served; in effect from ${formatDayLong(t.enforceableFrom.date)}`
      : record.facts.kind === 'OOS' && record.servedAt === undefined
        ? 'enforceable in Virginia without registration if entitled to full faith and credit'
        : `served ${whenLong(t.enforceableFrom)}`;
    result.statusExplanation = `In effect: ${since}; ${runningText(t, expiresAt)}.`;
  }
  const motion = motionSummary(motions);
  if (motion !== undefined) {
    result.extensionMotion = motion;
  }
  return result;
}
