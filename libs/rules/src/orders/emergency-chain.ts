import { formatDayLong } from '../calendar';
import { whenLong } from '../explain/phrases';
import type { DeadlineResult } from '../model/deadline';
import type { CaseNotice } from '../model/notice';
import type { RuleContext } from './context';
import { emergencyOrderExpiry } from './emergency-order';
import { incapacityExtension } from './incapacity-extension';
import { nextFriendDeadline } from './next-friend';
import { notice } from './notices';
import type { OrderComputation, OrderComputationInput } from './order-input';
import { checkStatedAfterStart } from './stated-expiry';
import { makeDeadline } from './deadline-builder';
import { renderExplanation, ruleInForce } from '../registry/registry';

function term(
  input: OrderComputationInput,
): { field: string } & Pick<
  OrderComputationInput['order'],
  'statedExpiry' | 'statedExpiryOverride'
> {
  const { order } = input;
  return {
    statedExpiry: order.statedExpiry,
    statedExpiryOverride: order.statedExpiryOverride,
    field: order.statedField,
  };
}

/**
 * FA EPO: R01 expiry (or, for an order recorded as an incapacity extension of another EPO, R02 from
 * that EPO's expiry), one R02 extension recorded in place, and the R03 next-friend deadline.
 */
export function computeFamilyAbuseEpo(input: OrderComputationInput): OrderComputation {
  const { order, parent } = input;
  const ctx: RuleContext = {
    calendar: input.calendar,
    courtId: order.courtId,
    ruleSet: input.ruleSet,
  };
  const deadlines: DeadlineResult[] = [];
  const notices: CaseNotice[] = [];
  let effective: DeadlineResult;
  const parentExpiry = parent?.input.kind === 'FA_EPO' ? parent.computation.expiry : null;
  if (order.extensionOf === 'incapacity' && parentExpiry !== null) {
    effective = incapacityExtension(
      order.orderId,
      parentExpiry,
      parent?.input.issuedAt ?? order.issuedAt,
      {
        on: order.issuedAt,
        statedExpiry: order.statedExpiry,
        statedExpiryOverride: order.statedExpiryOverride,
        field: order.statedField,
      },
      ctx,
    );
  } else {
    effective = emergencyOrderExpiry('FA_EPO', order.orderId, order.issuedAt, ctx, term(input));
  }
  deadlines.push(effective);
  order.incapacityGrants.forEach((grant, i) => {
    if (i === 0 && order.extensionOf !== 'incapacity') {
      effective = incapacityExtension(order.orderId, effective, order.issuedAt, grant, ctx);
      deadlines.push(effective);
    } else {
      notices.push(
        notice(
          ruleInForce('VA.FA.EPO.INCAPACITY_EXT', grant.on.date, ctx.ruleSet).rule,
          'attorney_review',
          'repeated',
          {},
          {
            orderId: order.orderId,
            assumptions: ['A-12'],
          },
        ),
      );
    }
  });
  const protectsMinor =
    order.protectsMinorAgainstParent ||
    (order.extensionOf === 'incapacity' && parent?.input.protectsMinorAgainstParent === true);
  if (protectsMinor) {
    const at = { date: effective.due.date, time: effective.due.time ?? '23:59' };
    deadlines.push(nextFriendDeadline(order.orderId, at, ctx));
  }
  return { orderId: order.orderId, kind: order.kind, deadlines, expiry: effective, notices };
}

/**
 * AOV EPO: R23 expiry. The guide states no incapacity extension for act-of-violence EPOs: a
 * recorded one is not computed and raises an attorney-review notice; a stated date is shown as stated.
 */
export function computeActOfViolenceEpo(input: OrderComputationInput): OrderComputation {
  const { order, parent } = input;
  const ctx: RuleContext = {
    calendar: input.calendar,
    courtId: order.courtId,
    ruleSet: input.ruleSet,
  };
  const notices: CaseNotice[] = [];
  const review = () =>
    notice(
      ruleInForce('VA.FA.EPO.INCAPACITY_EXT', order.issuedAt.date, ctx.ruleSet).rule,
      'attorney_review',
      'notForKind',
      {},
      {
        orderId: order.orderId,
        assumptions: ['A-12'],
      },
    );
  if (order.extensionOf === 'incapacity') {
    notices.push(review());
    const expiry =
      order.statedExpiry === undefined
        ? (parent?.computation.expiry ?? null)
        : statedForReview(input, ctx);
    return {
      orderId: order.orderId,
      kind: order.kind,
      deadlines: expiry === null ? [] : [expiry],
      expiry,
      notices,
    };
  }
  const expiry = emergencyOrderExpiry('AOV_EPO', order.orderId, order.issuedAt, ctx, term(input));
  if (order.incapacityGrants.length > 0) {
    notices.push(review());
  }
  return { orderId: order.orderId, kind: order.kind, deadlines: [expiry], expiry, notices };
}

function statedForReview(input: OrderComputationInput, ctx: RuleContext): DeadlineResult {
  const { order } = input;
  const rule = ruleInForce('VA.AOV.EPO.EXPIRY', order.issuedAt.date, ctx.ruleSet);
  const due = checkStatedAfterStart(
    order.statedExpiry ?? order.issuedAt,
    order.issuedAt,
    order.statedField,
    rule.rule.versionId,
  );
  return makeDeadline(
    {
      rule,
      kind: 'order_expiry',
      orderId: order.orderId,
      due,
      base: due,
      rollover: null,
      explanation: renderExplanation(rule.rule, 'statedExtension', {
        issued: formatDayLong(order.issuedAt.date),
        expires: whenLong(due),
      }),
      confidence: 'interpretation',
      assumptions: ['A-12'],
      calendarDates: [],
    },
    ctx.calendar,
  );
}
