import {
  compareLocalDateTimes,
  formatDayLong,
  type CourtCalendarData,
  type IsoTime,
} from '../calendar';
import { whenLong } from '../explain/phrases';
import { filingHearingTarget } from '../hearings/filing-target';
import { ppoHearingMedicalNotice, trialMedicalNotice } from '../hearings/medical-notice';
import type { DeadlineResult, StatedValueStatus } from '../model/deadline';
import type { CaseNotice } from '../model/notice';
import { orderFamily } from '../model/order-kind';
import { notice } from '../orders/notices';
import { ruleInForce } from '../registry/registry';
import { startInstant, statedInstant } from '../orders/stated-expiry';
import type { CaseModel, HearingRecord } from './case-model';
import type { OrderTimeline } from './order-timeline';

const HEARINGS_ENDING: Readonly<Record<string, readonly string[]>> = {
  FA_PPO: ['ppo_full_hearing', 'final_trial'],
  ESRO: ['sro_final'],
};

function linkedHearing(model: CaseModel, orderId: string | undefined, kinds: readonly string[]) {
  return model.hearings.find((h) => h.orderId === orderId && kinds.includes(h.kind));
}

/**
 * The check of a scheduled hearing against the computed hearing-by date (R05, R31): 'matches',
 * 'earlier' or 'exceeds_maximum'. A court's date is never refused; a late one raises a notice.
 */
export function withHearingChecks(
  deadlines: readonly DeadlineResult[],
  model: CaseModel,
  timelines: ReadonlyMap<string, OrderTimeline>,
  notices: CaseNotice[],
  ruleSet: string,
): DeadlineResult[] {
  return deadlines.map((d) => {
    const t = d.orderId === undefined ? undefined : timelines.get(d.orderId);
    const kinds = t === undefined ? undefined : HEARINGS_ENDING[t.record.facts.kind];
    if (d.kind !== 'hearing_by' || kinds === undefined) {
      return d;
    }
    const hearing = linkedHearing(model, d.orderId, kinds);
    if (hearing === undefined) {
      return d;
    }
    const order = hearing.at.date < d.due.date ? -1 : hearing.at.date > d.due.date ? 1 : 0;
    const status: StatedValueStatus =
      order === 0 ? 'matches' : order < 0 ? 'earlier' : 'exceeds_maximum';
    if (status === 'exceeds_maximum' && hearing.held === undefined) {
      const refs = { orderId: d.orderId, hearingId: hearing.hearingId };
      notices.push(
        t?.record.facts.kind === 'ESRO'
          ? notice(
              ruleInForce('VA.SRO.EMERGENCY', hearing.at.date, ruleSet).rule,
              'warning',
              'hearingLate',
              { hearing: whenLong(hearing.at), due: formatDayLong(d.due.date) },
              { ...refs, assumptions: ['A-16'] },
            )
          : notice(
              ruleInForce('VA.FA.HEARING.OUTCOMES', hearing.at.date, ruleSet).rule,
              'warning',
              'hearingAfterExpiry',
              {
                hearing: whenLong(hearing.at),
                expires: whenLong(t?.computation.expiry?.due ?? d.due),
              },
              { ...refs, assumptions: ['A-05'] },
            ),
      );
    }
    return {
      ...d,
      hearingId: hearing.hearingId,
      statedValueCheck: { stated: hearing.at, maximum: d.due, status },
    };
  });
}

function isFamilyAbuseHearing(h: HearingRecord, model: CaseModel): boolean {
  if (h.orderId !== undefined) {
    const kind = model.ordersById.get(h.orderId)?.facts.kind;
    return kind !== undefined && orderFamily(kind) === 'family_abuse';
  }
  return (
    model.orders.some((o) => orderFamily(o.facts.kind) === 'family_abuse') ||
    model.petitions.some((p) => orderFamily(p.sought) === 'family_abuse')
  );
}

/** R13 notice deadlines for each scheduled family-abuse hearing when medical evidence is recorded. */
export function medicalNoticeDeadlines(
  model: CaseModel,
  calendar: CourtCalendarData,
  openingTime: IsoTime,
  ruleSet: string,
): DeadlineResult[] {
  if (!model.medicalEvidence) {
    return [];
  }
  const out: DeadlineResult[] = [];
  for (const h of model.hearings) {
    if (
      (h.kind !== 'final_trial' && h.kind !== 'ppo_full_hearing') ||
      !isFamilyAbuseHearing(h, model)
    ) {
      continue;
    }
    const order = h.orderId === undefined ? undefined : model.ordersById.get(h.orderId);
    const ctx = {
      calendar,
      courtId: order?.input.courtId ?? model.petitions[0]?.courtId,
      ruleSet,
    };
    out.push(
      h.kind === 'final_trial'
        ? trialMedicalNotice(h.hearingId, h.orderId, h.at.date, ctx)
        : ppoHearingMedicalNotice(h.hearingId, h.orderId, h.at, openingTime, ctx),
    );
  }
  return out;
}

/** R06 advisory targets for family-abuse petitions (A-04: a PPO's R05 limit governs). */
export function petitionTargets(
  model: CaseModel,
  calendar: CourtCalendarData,
  ruleSet: string,
): DeadlineResult[] {
  const ppoExists = model.orders.some((o) => o.facts.kind === 'FA_PPO');
  return model.petitions
    .filter((p) => p.sought === 'FA_PPO' || p.sought === 'FA_PO')
    .map((p) =>
      filingHearingTarget(p.petitionId, p.on, ppoExists, { calendar, courtId: p.courtId, ruleSet }),
    );
}

const EXTENSION_RULES = {
  FA_PO: 'VA.FA.PO.EXTENSION',
  AOV_PO: 'VA.AOV.PO',
  FSRO: 'VA.SRO.EXTENSION',
} as const;

/** R08 outcome tasks, and extension hearings set after the order expires (R12, R25, R33). */
export function hearingNotices(
  model: CaseModel,
  timelines: ReadonlyMap<string, OrderTimeline>,
  ruleSet: string,
): CaseNotice[] {
  const out: CaseNotice[] = [];
  for (const h of model.hearings) {
    const t = h.orderId === undefined ? undefined : timelines.get(h.orderId);
    const kind = t?.record.facts.kind;
    const refs = {
      hearingId: h.hearingId,
      ...(h.orderId === undefined ? {} : { orderId: h.orderId }),
    };
    const expiry = t?.computation.expiry ?? null;
    if (
      h.kind === 'extension' &&
      h.held === undefined &&
      expiry !== null &&
      (kind === 'FA_PO' || kind === 'AOV_PO' || kind === 'FSRO')
    ) {
      if (compareLocalDateTimes(startInstant(h.at), statedInstant(expiry.due)) > 0) {
        out.push(
          notice(
            ruleInForce(EXTENSION_RULES[kind], h.at.date, ruleSet).rule,
            'warning',
            'hearingAfterExpiry',
            { hearing: whenLong(h.at), expires: whenLong(expiry.due) },
            refs,
          ),
        );
      }
    }
    if (kind !== 'FA_PPO' || h.held === undefined) {
      continue;
    }
    const on = formatDayLong(h.held.on);
    const outcomes = ruleInForce('VA.FA.HEARING.OUTCOMES', h.held.on, ruleSet).rule;
    const later =
      t?.record.childIds.some((id) => model.ordersById.get(id)?.facts.kind === 'FA_PPO') === true;
    const extended = (t?.record.input.unservedGrants.length ?? 0) > 0 || later;
    if (h.held.outcome === 'respondent_not_served' && !extended) {
      out.push(
        notice(
          outcomes,
          'task',
          'respondentNotServed',
          { on, expires: whenLong(expiry?.due ?? { date: h.held.on }) },
          { ...refs, assumptions: ['A-06'] },
        ),
      );
    } else if (h.held.outcome === 'ppo_reissued' && !later) {
      out.push(notice(outcomes, 'task', 'reissued', { on }, { ...refs, assumptions: ['A-05'] }));
    } else if (h.held.outcome === 'petitioner_absent') {
      out.push(notice(outcomes, 'warning', 'petitionerAbsent', { on }, refs));
    }
  }
  return out;
}
