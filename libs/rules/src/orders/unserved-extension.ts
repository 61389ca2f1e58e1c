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
 * R07 (FA PPO) / R24 (AOV PPO): at most 6 calendar months after the grant (for FA, the failed
 * hearing), month-end clamped, 23:59, not rolled. A stated expiry is checked against it.
 */
export function unservedExtension(
  kind: 'FA_PPO' | 'AOV_PPO',
  orderId: string | undefined,
  issuedAt: PartialDateTime,
  grant: UnservedGrant,
  ctx: RuleContext,
): UnservedExtension {
  const id: RuleId = kind === 'FA_PPO' ? 'VA.FA.PPO.UNSERVED_EXT' : 'VA.AOV.PPO';
  const rule = ruleInForce(id, grant.on, ctx.ruleSet);
  const citation = kind === 'FA_PPO' ? primaryCitation(rule.rule) : CITATIONS.AOV_PPO_UNSERVED;
  const maxDate = addCalendarMonths(grant.on, 6);
  const maximum = { date: maxDate, time: END_OF_DAY };
  const granted = formatDayLong(grant.on);
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
          clamp: clampClause(grant.on, maxDate),
          expires: whenLong(maximum),
        }),
        confidence: unrolledEndNeedsReading(grant.on, maxDate, ctx)
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
  const serviceFollowUp = makeDeadline(
    {
      rule,
      kind: 'service_follow_up',
      orderId,
      due: { date: grant.on },
      base: { date: grant.on },
      rollover: null,
      citation,
      explanation: renderExplanation(rule.rule, 'serviceFollowUp', { granted }),
      confidence: 'source_explicit',
      assumptions: [],
      calendarDates: [],
    },
    ctx.calendar,
  );
  return { expiry, serviceFollowUp };
}
