import type { DeadlineResult } from '../model/deadline';
import type { CaseNotice } from '../model/notice';
import { ruleInForce } from '../registry/registry';
import type { RuleContext } from './context';
import { computeActOfViolenceEpo, computeFamilyAbuseEpo } from './emergency-chain';
import { extensionFileBy, finalOrderExpiry, type FinalKind } from './final-order';
import { notice } from './notices';
import type { OrderComputation, OrderComputationInput } from './order-input';
import { outOfStateExpiry } from './out-of-state';
import { computeActOfViolencePpo, computeFamilyAbusePpo } from './preliminary-chain';
import { checkStatedAfterStart } from './stated-expiry';
import { emergencySubstantialRiskHearingBy } from './substantial-risk-emergency';

/**
 * Final order or extension on motion: expiry (R10/R12, R25, R32/R33) and the motion-to-extend filing
 * date (R11, R25, R33). An order whose parent is a final order of the same kind is an extension.
 */
function computeFinalOrder(kind: FinalKind, input: OrderComputationInput): OrderComputation {
  const { order, parent } = input;
  const ctx: RuleContext = {
    calendar: input.calendar,
    courtId: order.courtId,
    ruleSet: input.ruleSet,
  };
  const isExtension = order.extensionOf === 'motion_to_extend' || parent?.input.kind === kind;
  const { expiry, notices, fourYearTerm } = finalOrderExpiry(
    kind,
    order.orderId,
    order.issuedAt,
    isExtension,
    {
      statedExpiry: order.statedExpiry,
      statedExpiryOverride: order.statedExpiryOverride,
      field: order.statedField,
    },
    ctx,
    {
      priorOrderFinding: order.priorOrderFinding,
      ...(order.priorOrderIssuedOn === undefined
        ? {}
        : { priorOrderIssuedOn: order.priorOrderIssuedOn }),
      extendsFourYearTerm: isExtension && parent?.computation.fourYearTerm === true,
    },
  );
  const fileBy = extensionFileBy(kind, order.orderId, expiry, ctx);
  // repeatability of the 180-day extension is not stated.
  if (kind === 'FSRO' && order.extensionDepth > 1) {
    notices.push(
      notice(
        ruleInForce('VA.SRO.EXTENSION', order.issuedAt.date, ctx.ruleSet).rule,
        'attorney_review',
        'repeat',
        {},
        {
          orderId: order.orderId,
          assumptions: ['A-16'],
        },
      ),
    );
  }
  const computation: OrderComputation = {
    orderId: order.orderId,
    kind,
    deadlines: [expiry, fileBy],
    expiry,
    notices,
  };
  if (fourYearTerm) {
    computation.fourYearTerm = true;
  }
  return computation;
}

/** ESRO: in effect until the final hearing, due within 14 days (R31). */
function computeEmergencySubstantialRisk(input: OrderComputationInput): OrderComputation {
  const { order } = input;
  const ctx: RuleContext = {
    calendar: input.calendar,
    courtId: order.courtId,
    ruleSet: input.ruleSet,
  };
  const hearingBy = emergencySubstantialRiskHearingBy(order.orderId, order.issuedAt.date, ctx);
  if (order.statedExpiry !== undefined) {
    checkStatedAfterStart(
      order.statedExpiry,
      order.issuedAt,
      order.statedField,
      hearingBy.ruleVersion,
    );
  }
  return {
    orderId: order.orderId,
    kind: 'ESRO',
    deadlines: [hearingBy],
    expiry: null,
    notices: [],
  };
}

/** OOS: the stated expiry only, and the reminder that only the issuing state can extend it (R38). */
function computeOutOfState(input: OrderComputationInput): OrderComputation {
  const { order } = input;
  const ctx: RuleContext = {
    calendar: input.calendar,
    courtId: order.courtId,
    ruleSet: input.ruleSet,
  };
  const state = order.issuingState ?? 'the issuing state';
  const refs = { orderId: order.orderId };
  const r38 = ruleInForce('US.FFC.MODIFY_ONLY_IN_ISSUING_STATE', order.issuedAt.date, ctx.ruleSet);
  const notices: CaseNotice[] = [notice(r38.rule, 'task', 'extendInIssuingState', { state }, refs)];
  let expiry: DeadlineResult | null = null;
  if (order.statedExpiry === undefined) {
    notices.push(notice(r38.rule, 'warning', 'noStatedExpiry', { state }, refs));
  } else {
    expiry = outOfStateExpiry(
      order.orderId,
      state,
      order.issuedAt,
      order.statedExpiry,
      order.statedField,
      ctx,
    );
  }
  return {
    orderId: order.orderId,
    kind: 'OOS',
    deadlines: expiry === null ? [] : [expiry],
    expiry,
    notices,
  };
}

/** Every deadline of one order, given its already-computed parent (rules-spec §1 by order kind). */
export function computeOrder(input: OrderComputationInput): OrderComputation {
  switch (input.order.kind) {
    case 'FA_EPO':
      return computeFamilyAbuseEpo(input);
    case 'AOV_EPO':
      return computeActOfViolenceEpo(input);
    case 'FA_PPO':
      return computeFamilyAbusePpo(input);
    case 'AOV_PPO':
      return computeActOfViolencePpo(input);
    case 'FA_PO':
    case 'AOV_PO':
    case 'FSRO':
      return computeFinalOrder(input.order.kind, input);
    case 'ESRO':
      return computeEmergencySubstantialRisk(input);
    case 'OOS':
      return computeOutOfState(input);
  }
}
