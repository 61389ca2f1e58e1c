import { formatDayLong } from '../calendar';
import { whenLong } from '../explain/phrases';
import type { DeadlineResult } from '../model/deadline';
import type { CaseNotice } from '../model/notice';
import type { RuleId } from '../registry/rule-ids';
import { renderExplanation, ruleInForce } from '../registry/registry';
import type { RuleContext } from './context';
import { makeDeadline } from './deadline-builder';
import { notice } from './notices';
import type { OrderComputation, OrderComputationInput, OrderInput } from './order-input';
import {
  actOfViolencePpoHearingTarget,
  actOfViolencePpoStatedExpiry,
  familyAbusePpoLimit,
} from './preliminary-order';
import { checkStatedAfterStart } from './stated-expiry';
import { unservedExtension, type UnservedGrant } from './unserved-extension';

type PpoKind = 'FA_PPO' | 'AOV_PPO';

function ruleIdFor(kind: PpoKind): RuleId {
  return kind === 'FA_PPO' ? 'VA.FA.PPO.UNSERVED_EXT' : 'VA.AOV.PPO';
}

/**
 * whether a PPO can be extended again while unserved is not stated. A further extension is
 * recorded only with attorney review and never computed: a stated date is shown, else nothing changes.
 */
function furtherExtension(
  kind: PpoKind,
  order: OrderInput,
  grant: UnservedGrant,
  ctx: RuleContext,
): { expiry: DeadlineResult | null; review: CaseNotice } {
  const ruleId = ruleIdFor(kind);
  const granted = formatDayLong(grant.on);
  const rule = ruleInForce(ruleId, grant.on, ctx.ruleSet);
  if (grant.statedExpiry === undefined) {
    const review = notice(
      rule.rule,
      'attorney_review',
      'furtherNotComputed',
      { granted },
      {
        orderId: order.orderId,
        assumptions: ['A-06'],
      },
    );
    return { expiry: null, review };
  }
  const due = checkStatedAfterStart(
    grant.statedExpiry,
    order.issuedAt,
    grant.field,
    rule.rule.versionId,
  );
  const text = renderExplanation(rule.rule, 'furtherStated', { granted, expires: whenLong(due) });
  const expiry = makeDeadline(
    {
      rule,
      kind: 'order_expiry',
      orderId: order.orderId,
      due,
      base: due,
      rollover: null,
      explanation: text,
      confidence: 'interpretation',
      assumptions: ['A-06'],
      calendarDates: [],
    },
    ctx.calendar,
  );
  const review = notice(
    rule.rule,
    'attorney_review',
    'furtherStated',
    { granted, expires: whenLong(due) },
    {
      orderId: order.orderId,
      assumptions: ['A-06'],
    },
  );
  return { expiry, review };
}

function applyUnservedGrants(
  kind: PpoKind,
  order: OrderInput,
  effective: DeadlineResult | null,
  alreadyExtended: boolean,
  ctx: RuleContext,
  out: { deadlines: DeadlineResult[]; notices: CaseNotice[] },
): DeadlineResult | null {
  let current = effective;
  order.unservedGrants.forEach((grant, i) => {
    if (i === 0 && !alreadyExtended) {
      const ext = unservedExtension(
        kind,
        order.orderId,
        order.issuedAt,
        grant,
        order.failedServiceHearings,
        ctx,
      );
      out.deadlines.push(ext.expiry, ext.serviceFollowUp);
      current = ext.expiry;
      return;
    }
    const further = furtherExtension(kind, order, grant, ctx);
    out.notices.push(further.review);
    if (further.expiry !== null) {
      out.deadlines.push(further.expiry);
      current = further.expiry;
    }
  });
  return current;
}

function asUnservedChild(input: OrderComputationInput): UnservedGrant | undefined {
  const { order, parent } = input;
  if (order.extensionOf !== 'unserved' || parent?.input.kind !== order.kind) {
    return undefined;
  }
  return {
    on: order.issuedAt.date,
    statedExpiry: order.statedExpiry,
    statedExpiryOverride: order.statedExpiryOverride,
    field: order.statedField,
  };
}

/**
 * FA PPO: R05 limit and hearing-by date (a reissued PPO counts again, A-05), or R07 when the order is
 * recorded as the unserved extension of another PPO; then extensions recorded in place.
 */
export function computeFamilyAbusePpo(input: OrderComputationInput): OrderComputation {
  const { order } = input;
  const ctx: RuleContext = {
    calendar: input.calendar,
    courtId: order.courtId,
    ruleSet: input.ruleSet,
  };
  const out = { deadlines: [] as DeadlineResult[], notices: [] as CaseNotice[] };
  const childGrant = asUnservedChild(input);
  let effective: DeadlineResult | null;
  if (childGrant !== undefined) {
    const ext = unservedExtension(
      'FA_PPO',
      order.orderId,
      order.issuedAt,
      childGrant,
      order.failedServiceHearings,
      ctx,
    );
    out.deadlines.push(ext.expiry, ext.serviceFollowUp);
    effective = ext.expiry;
  } else {
    const limit = familyAbusePpoLimit(
      order.orderId,
      order.issuedAt,
      {
        statedExpiry: order.statedExpiry,
        statedExpiryOverride: order.statedExpiryOverride,
        field: order.statedField,
      },
      ctx,
    );
    out.deadlines.push(limit.expiry, limit.hearingBy);
    effective = limit.expiry;
  }
  effective = applyUnservedGrants('FA_PPO', order, effective, childGrant !== undefined, ctx, out);
  return { orderId: order.orderId, kind: order.kind, ...out, expiry: effective };
}

/**
 * AOV PPO: the advisory R24 hearing target; lasts until the full hearing unless it states an expiry;
 * R24's six-month extension while the respondent cannot be served.
 */
export function computeActOfViolencePpo(input: OrderComputationInput): OrderComputation {
  const { order } = input;
  const ctx: RuleContext = {
    calendar: input.calendar,
    courtId: order.courtId,
    ruleSet: input.ruleSet,
  };
  const out = { deadlines: [] as DeadlineResult[], notices: [] as CaseNotice[] };
  const childGrant = asUnservedChild(input);
  let effective: DeadlineResult | null = null;
  if (childGrant !== undefined) {
    const ext = unservedExtension(
      'AOV_PPO',
      order.orderId,
      order.issuedAt,
      childGrant,
      order.failedServiceHearings,
      ctx,
    );
    out.deadlines.push(ext.expiry, ext.serviceFollowUp);
    effective = ext.expiry;
  } else {
    out.deadlines.push(actOfViolencePpoHearingTarget(order.orderId, order.issuedAt.date, ctx));
    if (order.statedExpiry !== undefined) {
      effective = actOfViolencePpoStatedExpiry(
        order.orderId,
        order.issuedAt,
        order.statedExpiry,
        order.statedField,
        ctx,
      );
      out.deadlines.push(effective);
    }
  }
  effective = applyUnservedGrants('AOV_PPO', order, effective, childGrant !== undefined, ctx, out);
  return { orderId: order.orderId, kind: order.kind, ...out, expiry: effective };
}
