import { compareLocalDateTimes, type CourtCalendarData } from '../calendar';
import type { CaseComputation } from '../case/case-result';
import { RulesInputError } from '../errors';
import { addressChangeFollowups } from './address-change-followups';
import { emergencyFollowups } from './emergency-order-followups';
import { expiredOrderFollowup, extensionFollowups } from './final-order-followups';
import {
  FOLLOWUP_LEAD_TIME_RANGES,
  type FollowupFacts,
  type FollowupLeadTimes,
  type PlannedFollowup,
} from './followup-types';
import { medicalNoticeFollowups } from './hearing-followups';
import type { PlanContext } from './plan-context';
import { preliminaryFollowups } from './preliminary-order-followups';

/** Refuses a lead time that is not a whole number in its range, naming the field. */
export function checkFollowupLeadTimes(leads: FollowupLeadTimes): FollowupLeadTimes {
  for (const [field, range] of Object.entries(FOLLOWUP_LEAD_TIME_RANGES)) {
    const value = (leads as unknown as Record<string, unknown>)[field];
    if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < range.min ||
      value > range.max
    ) {
      throw new RulesInputError(
        'INVALID_INPUT',
        field,
        `Expected a whole number from ${range.min} to ${range.max}.`,
      );
    }
  }
  return leads;
}

/**
 * Every follow-up the facts of one case call for (issue 6), each with a stable key, the Virginia
 * wall-clock time its task is due to be created, the day to act, title, rule id, citation and a
 * checkable explanation. Conditions ("no motion recorded", "not served") are read from the facts,
 * so planning again after a change gives the new set; a follow-up missing from it no longer applies.
 * The computation's `asOf` is read only to collapse service checks already overdue into the latest.
 * After a respondent's change-of-address notice was due, one asks whether the court received it
 * (R26a, kind 'address_change_notice_check').
 */
export function planFollowups(
  computation: CaseComputation,
  facts: FollowupFacts,
  leads: FollowupLeadTimes,
  calendar: CourtCalendarData,
): PlannedFollowup[] {
  const ctx: PlanContext = { computation, facts, leads: checkFollowupLeadTimes(leads), calendar };
  const planned = [
    ...computation.orders.flatMap((order) => [
      ...emergencyFollowups(ctx, order),
      ...preliminaryFollowups(ctx, order),
      ...extensionFollowups(ctx, order),
      ...expiredOrderFollowup(ctx, order),
    ]),
    ...medicalNoticeFollowups(ctx),
    ...addressChangeFollowups(ctx),
  ];
  const byKey = new Map<string, PlannedFollowup>();
  for (const followup of planned) {
    if (!byKey.has(followup.key)) {
      byKey.set(followup.key, followup);
    }
  }
  return [...byKey.values()].sort(
    (a, b) => compareLocalDateTimes(a.due, b.due) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
