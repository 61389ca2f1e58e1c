import {
  addDays,
  calendarCoverage,
  formatDayLong,
  formatDayShort,
  isCourtDay,
  nonCourtDayReasons,
  type CourtCalendarData,
  type LocalDateTime,
} from '../calendar';
import { reasonsPhrase } from '../explain/phrases';
import type { DeadlineResult } from '../model/deadline';
import type { CaseNotice } from '../model/notice';
import type { OrderKind } from '../model/order-kind';
import { notice } from '../orders/notices';
import type { RuleDefinition } from '../registry/rule-definition';
import { primaryCitation, renderExplanation, ruleEnactedBy } from '../registry/registry';
import type { CaseModel, MoveRecord, OrderRecord } from './case-model';
import { orderStatus } from './order-status';
import type { OrderTimeline } from './order-timeline';

const RULE_ID = 'VA.PO.RESPONDENT_ADDRESS_CHANGE';

// R26a: a served final order always carries the duty; a preliminary one when the court required it.
const FINAL: readonly OrderKind[] = ['FA_PO', 'AOV_PO'];
const PRELIMINARY: readonly OrderKind[] = ['FA_PPO', 'AOV_PPO'];

/** R26a deadlines and notices of a case. */
export interface AddressChangeResults {
  deadlines: DeadlineResult[];
  notices: CaseNotice[];
}

/** The move a deadline follows: its id, else its date. */
export function moveKey(move: MoveRecord): string {
  return move.moveId ?? move.on;
}

// In effect at some moment of day D: at its start or at its end (an order served that day counts).
function inEffectOn(t: OrderTimeline, on: string): boolean {
  const at = (time: string): LocalDateTime => ({ date: on, time });
  return (
    orderStatus(t, at('00:00'), []).status === 'in_effect' ||
    orderStatus(t, at('23:59'), []).status === 'in_effect'
  );
}

// The order whose duty governs: a final order before a preliminary one, then the latest issued.
function governing(records: readonly OrderRecord[]): OrderRecord | undefined {
  const rank = (r: OrderRecord): number => (FINAL.includes(r.facts.kind) ? 1 : 0);
  return [...records].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      (a.facts.issuedAt.date < b.facts.issuedAt.date
        ? 1
        : a.facts.issuedAt.date > b.facts.issuedAt.date
          ? -1
          : 0),
  )[0];
}

function noticeDeadline(
  rule: RuleDefinition,
  move: MoveRecord,
  order: OrderRecord,
  calendar: CourtCalendarData,
): DeadlineResult {
  // § 1-210(A): the day of the move is day 0; the duty is the respondent's, so the day is not moved.
  const due = addDays(move.on, 7);
  const courtId = order.input.courtId;
  const closed = isCourtDay(due, calendar, courtId)
    ? ''
    : ` (${formatDayShort(due)} is ${reasonsPhrase(nonCourtDayReasons(due, calendar, courtId))})`;
  return {
    ruleId: rule.id,
    ruleVersion: rule.versionId,
    kind: 'notice_by',
    orderId: order.facts.orderId,
    moveId: moveKey(move),
    due: { date: due },
    base: { date: due },
    rollover: null,
    citation: primaryCitation(rule),
    explanation: renderExplanation(rule, 'noticeBy', {
      moved: formatDayLong(move.on),
      due: formatDayLong(due),
      closed,
    }),
    confidence: 'source_explicit',
    assumptions: [],
    calendarCoverage: calendarCoverage([due], calendar),
  };
}

/**
 * R26a (rules-spec §1.12): when the respondent moved on D while a served order was in effect (a
 * final order, or a preliminary order whose court required it), written notice to the court is due
 * D + 7 calendar days, not moved to a court day. A move while a preliminary order without that
 * requirement recorded was in effect asks whether the court required it. Moves before the rule's
 * effective date, or under a rule set without it, give nothing.
 */
export function addressChangeResults(
  model: CaseModel,
  timelines: ReadonlyMap<string, OrderTimeline>,
  calendar: CourtCalendarData,
  ruleSet: string,
): AddressChangeResults {
  const out: AddressChangeResults = { deadlines: [], notices: [] };
  for (const move of model.moves) {
    const rule = ruleEnactedBy(RULE_ID, move.on, ruleSet);
    if (rule === undefined) {
      continue;
    }
    const inEffect = model.orders.filter((r) => {
      const t = timelines.get(r.facts.orderId);
      return t !== undefined && inEffectOn(t, move.on);
    });
    const bound = inEffect.filter(
      (r) =>
        FINAL.includes(r.facts.kind) ||
        (PRELIMINARY.includes(r.facts.kind) && r.facts.addressChangeNoticeRequired === true),
    );
    const order = governing(bound);
    if (order !== undefined) {
      out.deadlines.push(noticeDeadline(rule, move, order, calendar));
      continue;
    }
    const unknown = governing(
      inEffect.filter(
        (r) =>
          PRELIMINARY.includes(r.facts.kind) && r.facts.addressChangeNoticeRequired === undefined,
      ),
    );
    if (unknown !== undefined) {
      out.notices.push(
        notice(
          rule,
          'task',
          'preliminaryNotRequired',
          { moved: formatDayLong(move.on) },
          { orderId: unknown.facts.orderId },
        ),
      );
    }
  }
  return out;
}

/** Where an R26a notice deadline stands: met when the court received the notice by the due day. */
export function addressNoticeMet(d: DeadlineResult, model: CaseModel): boolean {
  const move = model.moves.find((m) => moveKey(m) === d.moveId);
  return move?.noticeReceivedOn !== undefined && move.noticeReceivedOn <= d.due.date;
}
