import {
  addCalendarYears,
  addDays,
  formatDayLong,
  rollBackward,
  type IsoDate,
  type LocalDateTime,
} from '../calendar';
import { RulesInputError } from '../errors';
import { rollClause, whenLong } from '../explain/phrases';
import type { Citation } from '../model/citation';
import type { Confidence, DeadlineResult, PartialDateTime } from '../model/deadline';
import { CITATIONS } from '../registry/citations';
import type { RuleId } from '../registry/rule-ids';
import { primaryCitation, renderExplanation, ruleInForce } from '../registry/registry';
import { END_OF_DAY, type RuleContext } from './context';
import { makeDeadline, weakerConfidence } from './deadline-builder';
import { clampClause, unrolledEndNeedsReading } from './month-clamp';
import type { StatedTerm } from './preliminary-order';
import { checkStatedAgainstMaximum } from './stated-expiry';

/** Final-order kinds with a maximum term and a motion to extend. */
export type FinalKind = 'FA_PO' | 'AOV_PO' | 'FSRO';

interface FinalRules {
  expiry: RuleId;
  extension: RuleId;
  fileBy: RuleId;
  maximum: (start: IsoDate) => IsoDate;
  fileByCitation: Citation;
}

const FINAL_RULES: Readonly<Record<FinalKind, FinalRules>> = {
  // R10 / R12 / R11: two calendar years, from issuance or from the extension grant.
  FA_PO: {
    expiry: 'VA.FA.PO.MAX_DURATION',
    extension: 'VA.FA.PO.EXTENSION',
    fileBy: 'VA.FA.PO.EXTENSION_FILE_BY',
    maximum: (d) => addCalendarYears(d, 2),
    fileByCitation: CITATIONS.FA_PO,
  },
  // R25 covers duration, default, extension and the filing deadline.
  AOV_PO: {
    expiry: 'VA.AOV.PO',
    extension: 'VA.AOV.PO',
    fileBy: 'VA.AOV.PO',
    maximum: (d) => addCalendarYears(d, 2),
    fileByCitation: CITATIONS.AOV_PO_EXTENSION,
  },
  // R32 / R33: 180 days counted as days.
  FSRO: {
    expiry: 'VA.SRO.FINAL.MAX',
    extension: 'VA.SRO.EXTENSION',
    fileBy: 'VA.SRO.EXTENSION',
    maximum: (d) => addDays(d, 180),
    fileByCitation: CITATIONS.SRO_EXTENSION,
  },
};

/** The statutory maximum expiry of a final order or extension starting on `start`. */
export function finalOrderMaximum(kind: FinalKind, start: IsoDate): LocalDateTime {
  return { date: FINAL_RULES[kind].maximum(start), time: END_OF_DAY };
}

/**
 * Expiry of a final order (R10, R25, R32) or of an extension granted on motion (R12, R25, R33): the
 * stated expiry checked against the maximum, or the two-year default (A-09 for family abuse). Never
 * rolled. An FSRO needs its stated expiry (A-16: the guide gives no default).
 */
export function finalOrderExpiry(
  kind: FinalKind,
  orderId: string | undefined,
  issuedAt: PartialDateTime,
  isExtension: boolean,
  term: StatedTerm,
  ctx: RuleContext,
): DeadlineResult {
  const rules = FINAL_RULES[kind];
  const rule = ruleInForce(
    isExtension ? rules.extension : rules.expiry,
    issuedAt.date,
    ctx.ruleSet,
  );
  const citation =
    kind === 'AOV_PO'
      ? isExtension
        ? CITATIONS.AOV_PO_EXTENSION
        : CITATIONS.AOV_PO_DURATION
      : primaryCitation(rule.rule);
  const maximum = finalOrderMaximum(kind, issuedAt.date);
  const issued = formatDayLong(issuedAt.date);
  const extensionAssumption = isExtension ? ['A-10'] : [];
  if (term.statedExpiry !== undefined) {
    const check = checkStatedAgainstMaximum({
      stated: term.statedExpiry,
      maximum,
      start: issuedAt,
      citation,
      field: term.field,
      override: term.statedExpiryOverride,
      ruleVersion: rule.rule.versionId,
    });
    const variant = kind === 'AOV_PO' && isExtension ? 'statedExtension' : 'stated';
    return makeDeadline(
      {
        rule,
        kind: 'order_expiry',
        orderId,
        due: check.stated,
        base: check.stated,
        rollover: null,
        citation,
        explanation: renderExplanation(rule.rule, variant, {
          issued,
          expires: whenLong(check.stated),
          maximum: whenLong(maximum),
        }),
        confidence: check.status === 'exceeds_maximum' ? 'interpretation' : 'source_explicit',
        assumptions: ['A-08', ...extensionAssumption],
        statedValueCheck: check,
        calendarDates: [],
      },
      ctx.calendar,
    );
  }
  if (kind === 'FSRO') {
    throw new RulesInputError(
      'STATED_EXPIRY_REQUIRED',
      term.field,
      `A substantial risk order has no default term: record the expiry it states (at most ${whenLong(maximum)}).`,
      citation.text,
      rule.rule.versionId,
    );
  }
  const needsReading = unrolledEndNeedsReading(issuedAt.date, maximum.date, ctx);
  // the two-year default is explicit only for AOV orders; for FA it is applied by analogy.
  const defaultIsInterpretation = kind === 'FA_PO' || isExtension;
  const confidence: Confidence =
    defaultIsInterpretation || needsReading ? 'interpretation' : 'source_explicit';
  const assumptions = ['A-07', 'A-08', ...extensionAssumption];
  if (kind === 'FA_PO' && !isExtension) {
    assumptions.push('A-09');
  }
  return makeDeadline(
    {
      rule,
      kind: 'order_expiry',
      orderId,
      due: maximum,
      base: maximum,
      rollover: null,
      citation,
      explanation: renderExplanation(rule.rule, isExtension ? 'computed' : 'default', {
        issued,
        clamp: clampClause(issuedAt.date, maximum.date),
        expires: whenLong(maximum),
      }),
      confidence,
      assumptions,
      calendarDates: [],
    },
    ctx.calendar,
  );
}

/**
 * R11 / R25 / R33: the motion to extend must be filed before the order expires: file by the last
 * court day on or before the expiry date, never relying on § 1-210(B).
 */
export function extensionFileBy(
  kind: FinalKind,
  orderId: string | undefined,
  expiry: DeadlineResult,
  ctx: RuleContext,
): DeadlineResult {
  const rules = FINAL_RULES[kind];
  const rule = ruleInForce(rules.fileBy, expiry.due.date, ctx.ruleSet);
  const citation = rules.fileByCitation;
  const rollover = rollBackward(expiry.due.date, ctx.calendar, citation.text, ctx.courtId);
  const fileBy = rollover === null ? expiry.due.date : rollover.to;
  const own: Confidence = rollover === null ? 'source_explicit' : 'interpretation';
  return makeDeadline(
    {
      rule,
      kind: 'file_by',
      orderId,
      due: { date: fileBy },
      base: { date: expiry.due.date, time: expiry.due.time ?? END_OF_DAY },
      rollover,
      citation,
      explanation: renderExplanation(rule.rule, 'fileBy', {
        expires: whenLong(expiry.due),
        roll: rollClause(null, expiry.due.date, rollover),
        fileBy: formatDayLong(fileBy),
      }),
      // The filing date inherits the readings its expiry depends on (e.g. A-09's default).
      confidence: weakerConfidence(own, expiry.confidence),
      assumptions: [...expiry.assumptions, 'A-11'],
      calendarDates: rollover === null ? [fileBy] : [rollover.from, rollover.to],
    },
    ctx.calendar,
  );
}
