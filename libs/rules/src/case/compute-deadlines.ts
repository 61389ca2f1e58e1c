import {
  calendarCoverage,
  parseIsoDate,
  parseIsoTime,
  type CalendarCoverage,
  type CourtCalendarData,
  type IsoDate,
  type LocalDateTime,
} from '../calendar';
import { DEFAULT_COURT_OPENING_TIME } from '../hearings/medical-notice';
import type { CaseFacts } from '../model/case-facts';
import type { ComputeOptions } from '../model/options';
import type { DeadlineResult } from '../model/deadline';
import type { OrderComputation } from '../orders/order-input';
import { ruleSetOf } from '../registry/registry';
import { optionalBoolean, requireObject } from '../validation/fields';
import { classifyViolation } from '../violations/classify-violation';
import { addressChangeResults } from './address-change';
import { buildCaseModel } from './build-case-model';
import { militaryOrderBases, withMilitaryOrder } from './military-orders';
import { computeOrders } from './compute-orders';
import {
  familyMembershipNotices,
  firearmsNotice,
  overrideNotices,
  violationNotices,
} from './case-notices';
import type { CaseComputation, HearingResult } from './case-result';
import { deadlineState } from './deadline-states';
import { extensionMotions } from './extension-motions';
import {
  hearingNotices,
  medicalNoticeDeadlines,
  petitionTargets,
  withHearingChecks,
} from './hearing-deadlines';
import { orderStatus } from './order-status';
import { enforceability, firstEnd, type OrderTimeline } from './order-timeline';
import { compareDeadlines } from './sort-deadlines';

function parseAsOf(value: unknown): LocalDateTime {
  if (typeof value === 'string') {
    // A date alone is read as the start of that day (an order served later that day is not yet in effect).
    return { date: parseIsoDate(value, 'asOf'), time: '00:00' };
  }
  const obj = requireObject(value, 'asOf');
  return {
    date: parseIsoDate(obj['date'], 'asOf.date'),
    time: parseIsoTime(obj['time'], 'asOf.time'),
  };
}

// one coverage for the whole result, over the dates the deadlines relied on (the days a roll
// looked at, and unrolled dates that were checked against the calendar).
function caseCoverage(
  deadlines: readonly DeadlineResult[],
  calendar: CourtCalendarData,
): CalendarCoverage {
  const none = calendarCoverage([], calendar).warnings.length;
  const dates: IsoDate[] = [];
  for (const d of deadlines) {
    if (d.rollover !== null) {
      dates.push(d.rollover.from, d.rollover.to);
    } else if (d.calendarCoverage.warnings.length > none) {
      dates.push(d.due.date);
    }
  }
  return calendarCoverage(dates, calendar);
}

/**
 * All deadlines and statuses of a case (rules-spec §4): every order's expiry, filing, hearing and
 * notice dates with rule ids, citations and explanations; order statuses and motions on `asOf`
 * ('YYYY-MM-DD' = start of that day, or { date, time }); violations and notices. Each rule's version
 * is chosen by its trigger's date from `options.ruleSet` (default the current rule set). Pure:
 * recomputing after a change is calling it again.
 */
export function computeDeadlines(
  facts: CaseFacts,
  calendar: CourtCalendarData,
  asOf: IsoDate | LocalDateTime,
  options?: ComputeOptions,
): CaseComputation {
  const obj = requireObject(facts, 'facts');
  const at = parseAsOf(asOf);
  const ruleSet = ruleSetOf(options);
  const openingTime =
    obj['courtOpeningTime'] === undefined
      ? DEFAULT_COURT_OPENING_TIME
      : parseIsoTime(obj['courtOpeningTime'], 'courtOpeningTime');
  const firearms = optionalBoolean(obj['respondentKnownFirearms'], 'respondentKnownFirearms');
  const model = buildCaseModel(obj['events']);

  const computations = computeOrders(model, calendar, ruleSet);
  const timelines = new Map<string, OrderTimeline>();
  for (const record of model.orders) {
    const computation = computations.get(record.facts.orderId) as OrderComputation;
    const parentId = record.facts.parentOrderId;
    const parent = parentId === undefined ? undefined : timelines.get(parentId);
    const enforceable = enforceability(record, parent);
    timelines.set(record.facts.orderId, {
      record,
      computation,
      enforceableFrom: enforceable.from,
      enforceableInherited: enforceable.inherited,
      end: firstEnd(record, computation, model, computations),
    });
  }
  const motions = [...timelines.values()].flatMap((t) => extensionMotions(t, ruleSet));
  const violations = model.violations.map((v) =>
    classifyViolation(withMilitaryOrder(v, model), { ruleSet }),
  );

  const notices = [...computations.values()].flatMap((c) => c.notices);
  const orderDeadlines = [...computations.values()].flatMap((c) => c.deadlines);
  const moves = addressChangeResults(model, timelines, calendar, ruleSet);
  notices.push(...moves.notices);
  const all = withHearingChecks(
    [
      ...orderDeadlines,
      ...medicalNoticeDeadlines(model, calendar, openingTime, ruleSet),
      ...petitionTargets(model, calendar, ruleSet),
      ...moves.deadlines,
    ],
    model,
    timelines,
    notices,
    ruleSet,
  );
  notices.push(
    ...hearingNotices(model, timelines, ruleSet),
    ...familyMembershipNotices(model, ruleSet),
    ...overrideNotices(orderDeadlines, model),
    ...violationNotices(violations),
  );
  if (firearms === true) {
    notices.push(firearmsNotice(at.date, ruleSet));
  }
  const stateContext = { asOf: at, model, timelines, motions };
  const deadlines = all
    .map((d) => ({ ...d, state: deadlineState(d, stateContext) }))
    .sort(compareDeadlines);
  const hearings: HearingResult[] = model.hearings.map((h) => ({
    hearingId: h.hearingId,
    kind: h.kind,
    ...(h.orderId === undefined ? {} : { orderId: h.orderId }),
    scheduledFor: h.at,
    previousDates: h.previous,
    ...(h.held === undefined ? {} : { held: h.held }),
  }));
  const result: CaseComputation = {
    asOf: at,
    deadlines,
    orders: model.orders.map((r) => {
      const t = timelines.get(r.facts.orderId) as OrderTimeline;
      return orderStatus(
        t,
        at,
        motions.filter((m) => m.orderId === r.facts.orderId),
      );
    }),
    extensionMotions: motions,
    hearings,
    violations,
    notices,
    calendarCoverage: caseCoverage(deadlines, calendar),
  };
  const bases = militaryOrderBases(model, ruleSet);
  if (bases.length > 0) {
    result.militaryOrderBases = bases;
  }
  return result;
}
