import type {
  CaseEvent,
  CaseFacts,
  CourtCalendarData,
  OrderFacts,
  PartialDateTime,
  ViolationFacts,
} from '@haven/rules';

import type {
  CaseRecord,
  HearingFacts,
  LocalityCourtsFacts,
  OrderFactsRow,
  ViolationFactsRow,
} from './case-record';

/** PostgreSQL `time` comes back as 'HH:MM:SS'; the rules library reads 'HH:MM'. */
export function at(date: string, time: string | null | undefined): PartialDateTime {
  return time ? { date, time: time.slice(0, 5) } : { date };
}

/**
 * whose court days an order counts. An FA emergency order: the JDR court of the locality
 * where it was issued; an AOV one: the court that would hear the preliminary petition (GDC, or JDR
 * for a family or household member); an ESRO: the circuit court, which hears it. Every other
 * order, or a locality the directory does not name: the issuing court's.
 */
function calendarCourtOf(
  order: OrderFactsRow,
  courts: readonly LocalityCourtsFacts[],
): string | undefined {
  const locality = order.issuingLocality.trim().toLowerCase();
  const here = courts.find((c) => c.locality.toLowerCase() === locality);
  if (!here) return undefined;
  switch (order.kind) {
    case 'FA_EPO':
      return here.jdrCourtId;
    case 'AOV_EPO':
      return order.petitionerHouseholdAtInitial ? here.jdrCourtId : here.gdcCourtId;
    case 'ESRO':
      return here.circuitCourtId;
    case 'FA_PPO':
    case 'FA_PO':
    case 'AOV_PPO':
    case 'AOV_PO':
    case 'FSRO':
    case 'OOS':
      return undefined;
  }
}

function orderFacts(order: OrderFactsRow, courts: readonly LocalityCourtsFacts[]): OrderFacts {
  const calendarCourtId = calendarCourtOf(order, courts);
  return {
    orderId: order.id,
    kind: order.kind,
    issuedAt: at(order.issuedOn, order.issuedTime),
    issuingCourt: {
      courtId: order.issuingCourtId,
      kind: order.issuingCourtKind,
      locality: order.issuingLocality,
    },
    ...(calendarCourtId && calendarCourtId !== order.issuingCourtId ? { calendarCourtId } : {}),
    ...(order.statedExpiryOn
      ? { statedExpiry: at(order.statedExpiryOn, order.statedExpiryTime) }
      : {}),
    ...(order.statedExpiryOverrideReason
      ? { statedExpiryOverride: { reason: order.statedExpiryOverrideReason } }
      : {}),
    ...(order.parentOrderId ? { parentOrderId: order.parentOrderId } : {}),
    ...(order.extensionOf && order.extensionOf !== 'motion_to_extend'
      ? { extensionOf: order.extensionOf }
      : {}),
    reliefs: order.reliefs,
    protectsMinorAgainstParent: order.protectsMinorAgainstParent,
    ...(order.petitionerHouseholdAtInitial !== null
      ? { petitionerWasFamilyOrHouseholdAtInitialOrder: order.petitionerHouseholdAtInitial }
      : {}),
    // R10 version 2: only a FA_PO carries the finding (ck_protective_order_prior_finding); the
    // rules library refuses it on any other kind.
    ...(order.priorFaOrderFinding ? { priorFamilyAbuseOrderFinding: true } : {}),
    ...(order.priorFaOrderIssuedOn
      ? { priorFamilyAbuseOrderIssuedOn: order.priorFaOrderIssuedOn }
      : {}),
    ...(order.issuingState
      ? {
          outOfState: {
            issuingState: order.issuingState,
            ...(order.registeredOn && order.registeredCourtId
              ? {
                  registeredInVirginia: {
                    on: order.registeredOn,
                    courtId: order.registeredCourtId,
                  },
                }
              : {}),
          },
        }
      : {}),
  };
}

function orderEvents(order: OrderFactsRow, courts: readonly LocalityCourtsFacts[]): CaseEvent[] {
  // An order granted on a motion to extend is, for the rules, the grant of that extension (R12, R25).
  const issued: CaseEvent =
    order.extensionOf === 'motion_to_extend' && order.parentOrderId
      ? {
          type: 'extension_granted',
          orderId: order.parentOrderId,
          newOrderId: order.id,
          on: order.issuedOn,
          ...(order.statedExpiryOn
            ? { statedExpiry: at(order.statedExpiryOn, order.statedExpiryTime) }
            : {}),
          ...(order.statedExpiryOverrideReason
            ? { statedExpiryOverride: { reason: order.statedExpiryOverrideReason } }
            : {}),
        }
      : { type: 'order_issued', order: orderFacts(order, courts) };
  return order.dissolvedOn
    ? [issued, { type: 'order_dissolved', orderId: order.id, on: order.dissolvedOn }]
    : [issued];
}

/**
 * A continued hearing is one hearing whose date moved: the chain shares its first hearing's id,
 * takes the latest date, and the last hearing's outcome (rules: rescheduling replaces the date).
 */
function hearingEvents(hearings: HearingFacts[]): CaseEvent[] {
  const byId = new Map(hearings.map((h) => [h.id, h]));
  const rootOf = (h: HearingFacts): string => {
    let current = h;
    for (let guard = 0; current.continuedFromId && guard < 1000; guard += 1) {
      const parent = byId.get(current.continuedFromId);
      if (!parent) break;
      current = parent;
    }
    return current.id;
  };
  const ordered = [...hearings].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return ordered.flatMap((h): CaseEvent[] => {
    const hearingId = rootOf(h);
    const scheduled: CaseEvent = {
      type: 'hearing_scheduled',
      hearingId,
      kind: h.kind,
      at: at(h.scheduledOn, h.scheduledTime),
      ...(h.orderId ? { orderId: h.orderId } : {}),
    };
    const held: CaseEvent[] =
      h.outcome && h.heldOn && h.outcome !== 'continued'
        ? [{ type: 'hearing_held', hearingId, on: h.heldOn, outcome: h.outcome }]
        : [];
    return [scheduled, ...held];
  });
}

function violationFacts(
  v: ViolationFactsRow,
  orderKind: OrderFactsRow['kind'],
  record: CaseRecord,
): ViolationFacts {
  return {
    violationId: v.id,
    orderId: v.orderId,
    orderKind,
    occurredOn: v.occurredOn,
    acts: v.acts,
    basedOnActOrThreatOfViolence: v.basedOnViolence,
    priorConvictions: record.respondent.priorConvictions,
    criminalProsecution: v.criminalProsecution,
    contemptSought: v.actionsTaken.includes('contempt'),
    reportedToPolice: v.actionsTaken.includes('police_report'),
  };
}

/** Maps the stored rows of a case to the facts @haven/rules computes from (rules-spec §4). */
export function toCaseFacts(record: CaseRecord): CaseFacts {
  const kindOf = new Map(record.orders.map((o) => [o.id, o.kind]));
  const events: CaseEvent[] = [
    ...record.petitions.map((p): CaseEvent => ({
      type: 'petition_filed',
      petitionId: p.id,
      on: { date: p.filedOn },
      sought: p.orderKindSought,
      courtId: p.courtId,
      ...(p.mpoIssuingCommand && p.mpoIssuedOn
        ? {
            militaryProtectiveOrder: {
              issuingCommand: p.mpoIssuingCommand,
              issuedOn: p.mpoIssuedOn,
              ...(p.mpoEnteredInNcic !== null ? { enteredInNcic: p.mpoEnteredInNcic } : {}),
            },
          }
        : {}),
    })),
    ...record.orders.flatMap((o) => orderEvents(o, record.localityCourts)),
    ...record.orderExtensions.map((e): CaseEvent => {
      const stated = e.statedExpiryOn
        ? { statedExpiry: at(e.statedExpiryOn, e.statedExpiryTime) }
        : {};
      const override = e.statedExpiryOverrideReason
        ? { statedExpiryOverride: { reason: e.statedExpiryOverrideReason } }
        : {};
      return e.kind === 'incapacity'
        ? {
            type: 'incapacity_extension_granted',
            orderId: e.orderId,
            on: at(e.grantedOn, e.grantedTime),
            ...stated,
            ...override,
          }
        : {
            type: 'unserved_extension_granted',
            orderId: e.orderId,
            on: e.grantedOn,
            ...stated,
            ...override,
          };
    }),
    ...record.extensionMotions.map((m): CaseEvent => ({
      type: 'extension_motion_filed',
      orderId: m.orderId,
      on: at(m.filedOn, m.filedTime),
      motionId: m.id,
    })),
    ...record.serviceAttempts.map((s): CaseEvent =>
      s.outcome === 'served'
        ? {
            type: 'order_served',
            orderId: s.orderId,
            at: at(s.attemptedOn, s.attemptedTime),
            // Handed over in open court is personal service (R26).
            personal: s.method === 'personal' || s.method === 'open_court',
          }
        : {
            type: 'service_attempted',
            orderId: s.orderId,
            at: at(s.attemptedOn, s.attemptedTime),
            outcome: s.outcome,
          },
    ),
    ...hearingEvents(record.hearings),
    ...(record.caseRow.hasMedicalEvidence
      ? [{ type: 'medical_evidence_recorded', caseId: record.caseRow.id } as CaseEvent]
      : []),
    ...record.violations.flatMap((v): CaseEvent[] => {
      const kind = kindOf.get(v.orderId);
      return kind
        ? [{ type: 'violation_recorded', violation: violationFacts(v, kind, record) }]
        : [];
    }),
    ...record.respondentMoves.map((m): CaseEvent => ({
      type: 'respondent_moved',
      on: m.movedOn,
      moveId: m.id,
      ...(m.noticeReceivedOn ? { noticeReceivedOn: m.noticeReceivedOn } : {}),
    })),
  ];
  return { events, respondentKnownFirearms: record.respondent.knownFirearms };
}

/** The organisation's entered closures as the rules library's calendar data (rules-spec §2.1). */
export function toCalendar(record: Pick<CaseRecord, 'closures'>): CourtCalendarData {
  return {
    closures: record.closures.map((c) => ({
      date: c.closedOn,
      courtIds: c.courtIds ?? 'statewide',
      allDay: c.allDay,
      kind: c.kind,
      name: c.name,
      authority: c.authority,
    })),
  };
}
