import { addCalendarMonths, formatDayLong, type IsoDate } from '../calendar';
import { whenLong } from '../explain/phrases';
import type { StatedExpiryOverride } from '../model/case-facts';
import type { DeadlineResult, PartialDateTime } from '../model/deadline';
import type { RuleId } from '../registry/rule-ids';
import { primaryCitation, renderExplanation, ruleInForce } from '../registry/registry';
import { CITATIONS } from '../registry/citations';
import { END_OF_DAY, type RuleContext } from './context';
import { makeDeadline } from './deadline-builder';
import { clampClause, unrolledEndNeedsReading } from './month-clamp';
import { checkStatedAgainstMaximum } from './stated-expiry';

/** One recorded extension of a PPO while the respondent is unserved (R07, R24). */
export interface UnservedGrant {
  on: IsoDate;
  statedExpiry?: PartialDateTime;
  statedExpiryOverride?: StatedExpiryOverride;
  field: string;
}

/** The extended expiry and the "serve it as soon as possible" follow-up. */
export interface UnservedExtension {
  expiry: DeadlineResult;
  serviceFollowUp: DeadlineResult;
}

/**
 * The day an unserved extension counts from: for FA, the failed hearing, "hearing date + 6
 * calendar months" (R07), even when the grant was recorded on a later day; the last such hearing on
 * or before the grant, else the grant's day. For AOV, the extension order's day (R24).
 */
export function unservedExtensionStart(
  kind: 'FA_PPO' | 'AOV_PPO',
  grantedOn: IsoDate,
  failedServiceHearings: readonly IsoDate[],
): IsoDate {
  if (kind !== 'FA_PPO') {
    return grantedOn;
  }
  return failedServiceHearings.filter((on) => on <= grantedOn).pop() ?? grantedOn;
}

/**
 * R07 (FA PPO) / R24 (AOV PPO): at most 6 calendar months after the grant (for FA, the failed
 * hearing), month-end clamped, 23:59, not rolled. A stated expiry is checked against it.
 */
export function unservedExtension(
  kind: 'FA_PPO' | 'AOV_PPO',
  orderId: string | undefined,
  issuedAt: PartialDateTime,
  grant: UnservedGrant,
  failedServiceHearings: readonly IsoDate[],
  ctx: RuleContext,
): UnservedExtension {
  const id: RuleId = kind === 'FA_PPO' ? 'VA.FA.PPO.UNSERVED_EXT' : 'VA.AOV.PPO';
  const rule = ruleInForce(id, grant.on, ctx.ruleSet);
  const citation = kind === 'FA_PPO' ? primaryCitation(rule.rule) : CITATIONS.AOV_PPO_UNSERVED;
  const start = unservedExtensionStart(kind, grant.on, failedServiceHearings);
  const maxDate = addCalendarMonths(start, 6);
  const maximum = { date: maxDate, time: END_OF_DAY };
  // The FA templates name the hearing ("not personally served for the hearing on {granted}").
  const granted = formatDayLong(start);
  let expiry: DeadlineResult;
  if (grant.statedExpiry === undefined) {
    expiry = makeDeadline(
      {
        rule,
        kind: 'max_expiry',
        orderId,
        due: maximum,
        base: maximum,
        rollover: null,
        citation,
        explanation: renderExplanation(rule.rule, 'computed', {
          granted,
          clamp: clampClause(start, maxDate),
          expires: whenLong(maximum),
        }),
        confidence: unrolledEndNeedsReading(start, maxDate, ctx)
          ? 'interpretation'
          : 'source_explicit',
        assumptions: ['A-06', 'A-07'],
        calendarDates: [],
      },
      ctx.calendar,
    );
  } else {
    const check = checkStatedAgainstMaximum({
      stated: grant.statedExpiry,
      maximum,
      start: issuedAt,
      citation,
      field: grant.field,
      override: grant.statedExpiryOverride,
      ruleVersion: rule.rule.versionId,
    });
    expiry = makeDeadline(
      {
        rule,
        kind: 'order_expiry',
        orderId,
        due: check.stated,
        base: check.stated,
        rollover: null,
        citation,
        explanation: renderExplanation(
          rule.rule,
          kind === 'FA_PPO' ? 'stated' : 'statedExtension',
          {
            granted,
            maximum: whenLong(maximum),
            expires: whenLong(check.stated),
          },
        ),
        confidence: check.status === 'exceeds_maximum' ? 'interpretation' : 'source_explicit',
        assumptions: ['A-06'],
        statedValueCheck: check,
        calendarDates: [],
      },
      ctx.calendar,
    );
  }
  // "The extended protective order shall be served as soon as possible": due the day it is granted.
  const grantedOn = formatDayLong(grant.on);
  const serviceFollowUp = makeDeadline(
    {
      rule,
      kind: 'service_follow_up',
      orderId,
      due: { date: grant.on },
      base: { date: grant.on },
      rollover: null,
      citation,
      explanation: renderExplanation(rule.rule, 'serviceFollowUp', { granted: grantedOn }),
      confidence: 'source_explicit',
      assumptions: [],
      calendarDates: [],
    },
    ctx.calendar,
  );
  return { expiry, serviceFollowUp };
}
