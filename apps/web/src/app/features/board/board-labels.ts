import type { AtRiskReason } from '@haven/contracts';

const AT_RISK_REASONS = {
  final_order_expiring_without_motion:
    'Final order expires soon and no motion to extend is recorded',
  preliminary_hearing_respondent_unserved:
    'Full hearing is near and the respondent has not been served',
  emergency_order_without_petition: 'Emergency order expires soon and no petition has been filed',
  final_order_unserved: 'Final order not yet served, so not in effect',
  protection_lapsed: 'Order lapsed before the next one was entered',
} satisfies Record<AtRiskReason, string>;

/** Why an order's protection is at risk, as a sentence a supervisor acts on. */
export function atRiskReasonLabel(reason: AtRiskReason): string {
  return Object.hasOwn(AT_RISK_REASONS, reason) ? AT_RISK_REASONS[reason] : reason;
}

/** "3 court days left", "1 court day left", or "Due now" when none are left. */
export function courtDaysLeftLabel(days: number): string {
  if (days <= 0) {
    return 'Due now';
  }
  return `${days} court ${days === 1 ? 'day' : 'days'} left`;
}
