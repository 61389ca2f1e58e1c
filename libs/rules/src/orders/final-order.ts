import {
  addCalendarYears,
  addDays,
  formatDayLong,
  rollBackward,
  type IsoDate,
  type LocalDateTime,
} from '../calendar';
import type { CaseNotice } from '../model/notice';
import { RulesInputError } from '../errors';
import { rollClause, whenLong } from '../explain/phrases';
import type { Citation } from '../model/citation';
import type { Confidence, DeadlineResult, PartialDateTime } from '../model/deadline';
import { CITATIONS } from '../registry/citations';
import type { RuleId } from '../registry/rule-ids';
import {
  primaryCitation,
  renderExplanation,
  ruleInForce,
  type RuleInForce,
} from '../registry/registry';
import { END_OF_DAY, type RuleContext } from './context';
import { makeDeadline, weakerConfidence } from './deadline-builder';
import { notice } from './notices';
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

// rules-spec §1.12: from this date (2025 Acts ch. 161) a family-abuse final order may run 4 years.
const FOUR_YEAR_TERM_FROM = '2025-07-01';

/** What a final order records besides its dates (R10 from 2025-07-01, R12). */
export interface FinalOrderFindings {
  /** The court found a previous permanent family-abuse order within 10 years (FA_PO only). */
  priorOrderFinding: boolean;
  priorOrderIssuedOn?: IsoDate;
  /** This extension extends an order whose maximum was 4 years (R12 from 2025-07-01). */
  extendsFourYearTerm: boolean;
}

const NO_FINDINGS: FinalOrderFindings = { priorOrderFinding: false, extendsFourYearTerm: false };

// R10 version 2: 4 years with the court's finding, for an order (not an extension) issued on or
// after 2025-07-01 under a rule set that has the version. Never without the finding.
function fourYearTerm(
  kind: FinalKind,
  isExtension: boolean,
  rule: RuleInForce,
  finding: boolean,
): boolean {
  return (
    kind === 'FA_PO' &&
    !isExtension &&
    finding &&
    !rule.predatesEncoding &&
    rule.rule.effectiveFrom >= FOUR_YEAR_TERM_FROM
  );
}

/** The statutory maximum expiry of a final order or extension starting on `start`. */
export function finalOrderMaximum(
  kind: FinalKind,
  start: IsoDate,
  fourYears = false,
): LocalDateTime {
  const date = fourYears ? addCalendarYears(start, 4) : FINAL_RULES[kind].maximum(start);
  return { date, time: END_OF_DAY };
}

/**
 * The statutory maximum of a final order or extension issued on `start`, under the rule version in
 * force that day in `ruleSet`: 4 years for a family-abuse order with the court's prior-order
 * finding from 2025-07-01 (R10), otherwise as finalOrderMaximum.
 */
export function finalOrderMaximumOn(
  kind: FinalKind,
  start: IsoDate,
  isExtension: boolean,
  priorOrderFinding: boolean,
  ruleSet?: string,
): LocalDateTime {
  const rules = FINAL_RULES[kind];
  const rule = ruleInForce(isExtension ? rules.extension : rules.expiry, start, ruleSet);
  return finalOrderMaximum(kind, start, fourYearTerm(kind, isExtension, rule, priorOrderFinding));
}

/** A final order's expiry, the notices its rule raises, and whether its maximum was 4 years. */
export interface FinalOrderExpiry {
  expiry: DeadlineResult;
  notices: CaseNotice[];
  fourYearTerm: boolean;
}

// R10 (rules-spec §1.12) notices: a finding recorded before it counts; the stated expiry to ask
// for when the four-year term is possible; a previous order further back than the finding says.
function findingNotices(
  rule: RuleInForce,
  orderId: string | undefined,
  issuedAt: PartialDateTime,
  findings: FinalOrderFindings,
  fourYears: boolean,
  stated: boolean,
): CaseNotice[] {
  const refs = orderId === undefined ? {} : { orderId };
  const issued = formatDayLong(issuedAt.date);
  const twoYears = whenLong(finalOrderMaximum('FA_PO', issuedAt.date));
  const notices: CaseNotice[] = [];
  if (!fourYears) {
    // Only an order issued before the Act; a rule set without version 2 knows nothing of it.
    if (issuedAt.date < FOUR_YEAR_TERM_FROM) {
      notices.push(
        notice(rule.rule, 'warning', 'findingNotInForce', { issued, maximum: twoYears }, refs),
      );
    }
    return notices;
  }
  if (!stated) {
    const maximum = whenLong(finalOrderMaximum('FA_PO', issuedAt.date, true));
    notices.push(
      notice(
        rule.rule,
        'task',
        'askStatedExpiry',
        { maximum, expires: twoYears },
        {
          ...refs,
          assumptions: ['A-09'],
        },
      ),
    );
  }
  const previous = findings.priorOrderIssuedOn;
  if (previous !== undefined && previous < addCalendarYears(issuedAt.date, -10)) {
    notices.push(
      notice(
        rule.rule,
        'warning',
        'priorOrderInconsistent',
        { previous: formatDayLong(previous), issued },
        refs,
      ),
    );
  }
  return notices;
}

// Why a refused stated expiry's maximum is what it is, when the finding is involved (R10, R12).
function refusalReason(
  kind: FinalKind,
  issuedOn: IsoDate,
  isExtension: boolean,
  rule: RuleInForce,
  findings: FinalOrderFindings,
  fourYears: boolean,
): string | undefined {
  if (kind !== 'FA_PO' || fourYears) {
    return undefined;
  }
  if (isExtension) {
    return findings.extendsFourYearTerm
      ? 'an extension is at most 2 years from the grant, also of an order that ran 4 years'
      : undefined;
  }
  if (findings.priorOrderFinding && issuedOn < FOUR_YEAR_TERM_FROM) {
    return `the four-year term applies only to orders issued on or after ${formatDayLong(FOUR_YEAR_TERM_FROM)}`;
  }
  return rule.rule.effectiveFrom >= FOUR_YEAR_TERM_FROM
    ? "4 years only with the court's finding of a prior family-abuse protective order within 10 years"
    : undefined;
}

/**
 * Expiry of a final order (R10, R25, R32) or of an extension granted on motion (R12, R25, R33): the
 * stated expiry checked against the maximum, or the two-year default (A-09 for family abuse). Never
 * rolled. An FSRO needs its stated expiry (A-16: the guide gives no default). From
 * 2025-07-01 a family-abuse order with the court's prior-order finding may state up to 4 years
 * (R10 version 2); the default stays 2 years, and an extension stays 2 years from the grant (R12).
 */
export function finalOrderExpiry(
  kind: FinalKind,
  orderId: string | undefined,
  issuedAt: PartialDateTime,
  isExtension: boolean,
  term: StatedTerm,
  ctx: RuleContext,
  findings: FinalOrderFindings = NO_FINDINGS,
): FinalOrderExpiry {
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
  const fourYears = fourYearTerm(kind, isExtension, rule, findings.priorOrderFinding);
  const maximum = finalOrderMaximum(kind, issuedAt.date, fourYears);
  const issued = formatDayLong(issuedAt.date);
  const extensionAssumption = isExtension ? ['A-10'] : [];
  // R12 version 2 says so when the extended order ran 4 years.
  const afterFour = isExtension && kind === 'FA_PO' && findings.extendsFourYearTerm;
  const notices =
    kind === 'FA_PO' && !isExtension && findings.priorOrderFinding
      ? findingNotices(
          rule,
          orderId,
          issuedAt,
          findings,
          fourYears,
          term.statedExpiry !== undefined,
        )
      : [];
  if (term.statedExpiry !== undefined) {
    const reason = refusalReason(kind, issuedAt.date, isExtension, rule, findings, fourYears);
    const check = checkStatedAgainstMaximum({
      stated: term.statedExpiry,
      maximum,
      start: issuedAt,
      citation,
      field: term.field,
      override: term.statedExpiryOverride,
      ruleVersion: rule.rule.versionId,
      ...(reason === undefined ? {} : { reason }),
    });
    const variant =
      kind === 'AOV_PO' && isExtension
        ? 'statedExtension'
        : fourYears
          ? 'statedWithFinding'
          : afterFour && rule.rule.templates['statedAfterFourYears'] !== undefined
            ? 'statedAfterFourYears'
            : 'stated';
    const expiry = makeDeadline(
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
    return { expiry, notices, fourYearTerm: fourYears };
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
  // the default is always 2 years, even where the court's finding allows 4 (R10 version 2).
  const byDefault = finalOrderMaximum(kind, issuedAt.date);
  const needsReading = unrolledEndNeedsReading(issuedAt.date, byDefault.date, ctx);
  // the two-year default is explicit only for AOV orders; for FA it is applied by analogy.
  const defaultIsInterpretation = kind === 'FA_PO' || isExtension;
  const confidence: Confidence =
    defaultIsInterpretation || needsReading ? 'interpretation' : 'source_explicit';
  const assumptions = ['A-07', 'A-08', ...extensionAssumption];
  if (kind === 'FA_PO' && !isExtension) {
    assumptions.push('A-09');
  }
  const variant = isExtension
    ? afterFour && rule.rule.templates['computedAfterFourYears'] !== undefined
      ? 'computedAfterFourYears'
      : 'computed'
    : fourYears
      ? 'defaultWithFinding'
      : 'default';
  const expiry = makeDeadline(
    {
      rule,
      kind: 'order_expiry',
      orderId,
      due: byDefault,
      base: byDefault,
      rollover: null,
      citation,
      explanation: renderExplanation(rule.rule, variant, {
        issued,
        clamp: clampClause(issuedAt.date, byDefault.date),
        expires: whenLong(byDefault),
        maximum: whenLong(maximum),
      }),
      confidence,
      assumptions,
      calendarDates: [],
    },
    ctx.calendar,
  );
  return { expiry, notices, fourYearTerm: fourYears };
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
