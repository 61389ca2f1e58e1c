import type {
  ClassificationReasonResponse,
  ViolationClassificationResponse,
  ViolationResponse,
} from '@haven/contracts';
import type { ClassificationReason, ViolationClassification } from '@haven/rules';

import { hhmm } from '@api/orders/order-checks';

import type { ViolationEntity } from '../violation.entity';

function reason(r: ClassificationReason): ClassificationReasonResponse {
  return {
    ruleId: r.ruleId,
    // Stored classifications from before §1.12's versions have none.
    ruleVersion: (r.ruleVersion as string | undefined) ?? null,
    text: r.text,
    citation: r.citation.text,
    citationNote: r.citation.note ?? null,
  };
}

/** The stored classification (the rules library's result when the violation was recorded). */
export function toClassificationResponse(
  c: ViolationClassification,
): ViolationClassificationResponse {
  return {
    potentialClass: c.potentialClass,
    reasons: c.reasons.map(reason),
    contempt: c.contempt,
    contemptReason: reason(c.contemptReason),
    prosecutionVenues: [...c.prosecutionVenues],
    prosecutionVenueCitation: c.prosecutionVenueCitation?.text ?? null,
    considered: c.considered.map(reason),
    alternativeReading: c.alternativeReading
      ? {
          potentialClass: c.alternativeReading.potentialClass,
          reasons: c.alternativeReading.reasons.map(reason),
        }
      : null,
    tasks: c.tasks.map(reason),
    assumptions: [...c.assumptions],
    needsAttorneyReview: c.needsAttorneyReview,
  };
}

/** Allow-list of what a violation shows. The narrative never leaves the API here. */
export function toViolationResponse(v: ViolationEntity, hasNarrative: boolean): ViolationResponse {
  return {
    id: v.id,
    caseId: v.caseId,
    orderId: v.orderId,
    occurredOn: v.occurredOn,
    occurredTime: hhmm(v.occurredTime),
    acts: [...v.acts],
    basedOnViolence: v.basedOnViolence,
    policeReportNumber: v.policeReportNumber,
    officerName: v.officerName,
    officerBadge: v.officerBadge,
    actionsTaken: [...v.actionsTaken],
    criminalProsecution: v.criminalProsecution,
    hasNarrative,
    classification: toClassificationResponse(v.classification),
    createdAt: v.createdAt.toISOString(),
  };
}
