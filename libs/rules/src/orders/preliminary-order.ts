import { addDays, formatDayLong, rollForward, type IsoDate } from '../calendar';
import { rollClause, whenLong } from '../explain/phrases';
import type { StatedExpiryOverride } from '../model/case-facts';
import type { DeadlineResult, PartialDateTime } from '../model/deadline';
import { primaryCitation, renderExplanation, ruleInForce } from '../registry/registry';
import { END_OF_DAY, type RuleContext } from './context';
import { makeDeadline, rollDates } from './deadline-builder';
import { checkStatedAfterStart, checkStatedAgainstMaximum } from './stated-expiry';

/** What an order states about its own end, with the field path for refusals. */
export interface StatedTerm {
  statedExpiry?: PartialDateTime;
  statedExpiryOverride?: StatedExpiryOverride;
  field: string;
}

/** R05 results for one FA PPO: its expiry (stated or the 15-day limit) and the hearing-by date. */
export interface FamilyAbusePpoLimit {
  expiry: DeadlineResult;
  hearingBy: DeadlineResult;
}

/**
 * R05: an FA PPO lasts at most until 23:59 on the 15th day after issuance, rolled forward when the
 * court is closed that day; the full hearing is due by the same day. A stated expiry must not be later.
 */
export function familyAbusePpoLimit(
  orderId: string | undefined,
  issuedAt: PartialDateTime,
  term: StatedTerm,
  ctx: RuleContext,
): FamilyAbusePpoLimit {
  const rule = ruleInForce('VA.FA.PPO.DURATION', issuedAt.date, ctx.ruleSet);
  const citation = primaryCitation(rule.rule);
  const base = addDays(issuedAt.date, 15);
  const rollover = rollForward(base, ctx.calendar, citation.text, ctx.courtId);
  const limit = { date: rollover === null ? base : rollover.to, time: END_OF_DAY };
  const issued = formatDayLong(issuedAt.date);
  const roll = rollClause('15th day', base, rollover);
  const calendarDates = rollDates(base, rollover);
  const common = { rule, orderId, rollover, calendarDates } as const;
  const hearingBy = makeDeadline(
    {
      ...common,
      kind: 'hearing_by',
      due: { date: limit.date },
      base: { date: base },
      explanation: renderExplanation(rule.rule, 'hearingBy', {
        issued,
        roll,
        due: formatDayLong(limit.date),
      }),
      confidence: 'source_explicit',
      assumptions: ['A-03', 'A-04'],
    },
    ctx.calendar,
  );
  if (term.statedExpiry === undefined) {
    const expiry = makeDeadline(
      {
        ...common,
        kind: 'max_expiry',
        due: limit,
        base: { date: base, time: END_OF_DAY },
        explanation: renderExplanation(rule.rule, 'expiry', {
          issued,
          roll,
          expires: whenLong(limit),
        }),
        confidence: 'source_explicit',
        assumptions: ['A-03', 'A-04'],
      },
      ctx.calendar,
    );
    return { expiry, hearingBy };
  }
  const check = checkStatedAgainstMaximum({
    stated: term.statedExpiry,
    maximum: limit,
    start: issuedAt,
    citation,
    field: term.field,
    override: term.statedExpiryOverride,
    ruleVersion: rule.rule.versionId,
  });
  const expiry = makeDeadline(
    {
      ...common,
      kind: 'order_expiry',
      due: check.stated,
      base: check.stated,
      rollover: null,
      explanation: renderExplanation(rule.rule, 'stated', {
        issued,
        expires: whenLong(check.stated),
        maximum: whenLong(limit),
      }),
      confidence: check.status === 'exceeds_maximum' ? 'interpretation' : 'source_explicit',
      // the order's stated date, within the limit, controls.
      assumptions: ['A-04', 'A-05'],
      statedValueCheck: check,
    },
    ctx.calendar,
  );
  return { expiry, hearingBy };
}

/** R24: advisory full-hearing target for an AOV PPO, 15 days after issuance rolled forward. */
export function actOfViolencePpoHearingTarget(
  orderId: string | undefined,
  issuedOn: IsoDate,
  ctx: RuleContext,
): DeadlineResult {
  const rule = ruleInForce('VA.AOV.PPO', issuedOn, ctx.ruleSet);
  const citation = primaryCitation(rule.rule);
  const base = addDays(issuedOn, 15);
  const rollover = rollForward(base, ctx.calendar, citation.text, ctx.courtId);
  const due = { date: rollover === null ? base : rollover.to };
  return makeDeadline(
    {
      rule,
      kind: 'advisory_target',
      orderId,
      due,
      base: { date: base },
      rollover,
      explanation: renderExplanation(rule.rule, 'target', {
        issued: formatDayLong(issuedOn),
        roll: rollClause('15th day', base, rollover),
        due: formatDayLong(due.date),
      }),
      confidence: 'advisory',
      assumptions: ['A-04'],
      calendarDates: rollDates(base, rollover),
    },
    ctx.calendar,
  );
}

/** An AOV PPO's own stated expiry (the source sets no fixed limit, R24). */
export function actOfViolencePpoStatedExpiry(
  orderId: string | undefined,
  issuedAt: PartialDateTime,
  statedExpiry: PartialDateTime,
  field: string,
  ctx: RuleContext,
): DeadlineResult {
  const rule = ruleInForce('VA.AOV.PPO', issuedAt.date, ctx.ruleSet);
  const due = checkStatedAfterStart(statedExpiry, issuedAt, field, rule.rule.versionId);
  return makeDeadline(
    {
      rule,
      kind: 'order_expiry',
      orderId,
      due,
      base: due,
      rollover: null,
      explanation: renderExplanation(rule.rule, 'stated', {
        issued: formatDayLong(issuedAt.date),
        expires: whenLong(due),
      }),
      confidence: 'source_explicit',
      assumptions: [],
      calendarDates: [],
    },
    ctx.calendar,
  );
}
