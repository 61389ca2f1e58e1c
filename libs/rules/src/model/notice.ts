import type { Citation } from './citation';

/** What a notice asks of a person. */
export type NoticeKind = 'task' | 'warning' | 'attorney_review';

/** A task, warning or attorney-review flag that a rule raises for a case (not a dated deadline). */
export interface CaseNotice {
  ruleId: string;
  /** The rule version applied ('R10@2025-07-01'): in force on the day of the fact (§1.12). */
  ruleVersion: string;
  kind: NoticeKind;
  text: string;
  citation: Citation;
  assumptions: string[];
  orderId?: string;
  hearingId?: string;
  violationId?: string;
}
