import { randomUUID } from 'node:crypto';

import type { CourtKind, OrderKind, Relationship } from '@haven/contracts';
import { addCalendarYears, addDays, compareIsoDates } from '@haven/rules';

import type {
  ExtensionMotionFacts,
  HearingFacts,
  OrderFactsRow,
  PetitionFacts,
  ServiceAttemptFacts,
  ViolationFactsRow,
} from '@api/case-computation/case-record';
import { parentStatusAfterChild } from '@api/orders/order-checks';

import type { SeededRandom } from './random';

// What happened in one invented case, as the fact tables store it. The rows carry the columns the
// rules read (the case-computation's own row types) plus what only the screens show.

export interface PetitionRow extends PetitionFacts {
  courtKind: CourtKind;
  courtLocality: string;
}
export interface OrderRow extends OrderFactsRow {
  servedOn: string | null;
  servedTime: string | null;
  status: 'granted' | 'served' | 'extended' | 'dissolved' | 'superseded';
}
export interface AttemptRow extends ServiceAttemptFacts {
  servedBy: 'sheriff' | 'police' | 'process_server';
  notes: string | null;
}
export interface HearingRow extends HearingFacts {
  continuanceReason: string | null;
}
export interface ViolationRow extends ViolationFactsRow {
  policeReportNumber: string | null;
  narrative: string | null;
}
export interface MotionRow extends ExtensionMotionFacts {
  decidedOn: string | null;
  grantedOrderId: string | null;
}

export interface SeedCase {
  id: string;
  scenario: Scenario;
  openedOn: string;
  closedOn: string | null;
  orderKindAtIntake: OrderKind | null;
  relationship: Relationship;
  livesWithRespondent: boolean;
  lastActOn: string;
  hasMedicalEvidence: boolean;
  court: Court;
  knownFirearms: boolean;
  petitions: PetitionRow[];
  orders: OrderRow[];
  motions: MotionRow[];
  attempts: AttemptRow[];
  hearings: HearingRow[];
  violations: ViolationRow[];
}

export interface Court {
  id: string;
  kind: CourtKind;
  locality: string;
}

const LOCALITIES = [
  ['fairfax', 'Fairfax County'],
  ['arlington', 'Arlington County'],
  ['richmond', 'City of Richmond'],
  ['roanoke', 'Roanoke County'],
  ['norfolk', 'City of Norfolk'],
  ['loudoun', 'Loudoun County'],
  ['prince-william', 'Prince William County'],
  ['virginia-beach', 'City of Virginia Beach'],
] as const;

function court(kind: CourtKind, slug: string, locality: string): Court {
  return { id: `${kind.toLowerCase()}-${slug}`, kind, locality };
}

/** Shares of an organisation's caseload; weights, not percentages of anything measured. */
export const SCENARIO_WEIGHTS = {
  intake: 4,
  emergency_only: 3,
  preliminary_unserved: 7,
  preliminary_hearing_ahead: 9,
  final_order: 44,
  final_order_motion: 5,
  extended_order: 4,
  substantial_risk: 3,
  out_of_state: 2,
  dissolved: 1,
  closed: 18,
} as const;
export type Scenario = keyof typeof SCENARIO_WEIGHTS;

const FAMILY_RELATIONSHIPS: readonly Relationship[] = [
  'spouse',
  'former_spouse',
  'cohabitant',
  'former_cohabitant',
  'child_in_common',
  'parent',
  'brother',
];
const CONTINUANCE_REASONS = [
  'The respondent asked for time to find a lawyer.',
  'The court ran out of time on the docket.',
  'The petitioner asked for time to gather witnesses.',
];

/** Builds one case of a drawn scenario, its dates relative to `today` (Virginia's date). */
export class ScenarioBuilder {
  private readonly clock = { t: 0 };

  constructor(
    private readonly random: SeededRandom,
    private readonly today: string,
  ) {}

  build(): SeedCase {
    const r = this.random;
    const scenario = r.weighted(SCENARIO_WEIGHTS);
    const family = scenario !== 'substantial_risk' && r.chance(0.75);
    const [slug, locality] = r.pick(LOCALITIES);
    const c: SeedCase = {
      id: randomUUID(),
      scenario,
      openedOn: this.today,
      closedOn: null,
      orderKindAtIntake: family ? 'FA_PPO' : 'AOV_PPO',
      relationship: family ? r.pick(FAMILY_RELATIONSHIPS) : 'none',
      livesWithRespondent: family && r.chance(0.4),
      lastActOn: this.today,
      hasMedicalEvidence: r.chance(0.1),
      court: court(family ? 'JDR' : 'GDC', slug, locality),
      knownFirearms: r.chance(0.12),
      petitions: [],
      orders: [],
      motions: [],
      attempts: [],
      hearings: [],
      violations: [],
    };
    const magistrate = court('MAGISTRATE', slug, locality);
    const fam = (fa: OrderKind, aov: OrderKind) => (family ? fa : aov);
    const d = (n: number) => addDays(this.today, n);
    switch (scenario) {
      case 'intake':
        c.openedOn = d(-r.int(0, 20));
        break;
      case 'emergency_only': {
        const on = d(-r.int(0, 2));
        c.openedOn = on;
        const epo = this.order(c, fam('FA_EPO', 'AOV_EPO'), on, magistrate, { time: true });
        if (r.chance(0.5)) this.attempt(c, epo, on, r.pick(['not_found', 'refused'] as const));
        break;
      }
      case 'preliminary_unserved':
      case 'preliminary_hearing_ahead': {
        const start = d(-r.int(2, 12));
        const ppo = this.emergencyThenPreliminary(c, start, fam, magistrate);
        const tries = r.int(1, 3);
        for (let i = 0; i < tries; i += 1)
          this.attempt(c, ppo, addDays(start, 1 + i), r.pick(['not_found', 'refused'] as const));
        if (scenario === 'preliminary_hearing_ahead')
          this.attempt(c, ppo, addDays(start, 1 + tries), 'served');
        const hearingOn = addDays(start, 14);
        if (scenario === 'preliminary_hearing_ahead' && r.chance(0.3)) {
          const first = this.hearing(c, 'ppo_full_hearing', addDays(start, r.int(6, 8)), ppo.id);
          this.continueHearing(c, first, hearingOn);
        } else this.hearing(c, 'ppo_full_hearing', hearingOn, ppo.id);
        break;
      }
      case 'final_order':
      case 'final_order_motion': {
        // Issued over the last two years, so two-year orders expire over the next two.
        const issuedOn =
          scenario === 'final_order_motion'
            ? addCalendarYears(d(r.int(5, 58)), -2)
            : d(-r.int(0, 729));
        const po = this.finalOrder(c, issuedOn, fam('FA_PO', 'AOV_PO'), fam, magistrate);
        if (r.chance(0.08)) this.violation(c, po, issuedOn);
        if (scenario === 'final_order_motion') this.motion(c, po, d(-r.int(0, 4)));
        break;
      }
      case 'extended_order': {
        const first = this.finalOrder(
          c,
          addCalendarYears(d(-r.int(1, 300)), -2),
          fam('FA_PO', 'AOV_PO'),
          fam,
          magistrate,
        );
        const expiry = first.statedExpiryOn ?? addCalendarYears(first.issuedOn, 2);
        const filedOn = addDays(expiry, -r.int(10, 40));
        const grantedOn = addDays(filedOn, r.int(3, 9));
        const motion = this.motion(c, first, filedOn);
        const renewed = this.order(c, first.kind, grantedOn, c.court, {
          parent: first,
          extensionOf: 'motion_to_extend',
          expiryYears: 2,
        });
        this.attempt(c, renewed, grantedOn, 'served');
        motion.outcome = 'granted';
        motion.decidedOn = grantedOn;
        motion.grantedOrderId = renewed.id;
        first.status = 'extended';
        break;
      }
      case 'substantial_risk': {
        const on = d(-r.int(0, 160));
        c.openedOn = on;
        c.orderKindAtIntake = 'ESRO';
        const esro = this.order(c, 'ESRO', on, magistrate, { time: true });
        this.attempt(c, esro, on, 'served');
        const hearingOn = addDays(on, 13);
        const hearing = this.hearing(c, 'sro_final', hearingOn, esro.id);
        if (compareIsoDates(hearingOn, this.today) < 0) {
          this.hold(hearing, hearingOn, 'granted');
          const fsro = this.order(c, 'FSRO', hearingOn, c.court, { parent: esro, days: 180 });
          this.attempt(c, fsro, hearingOn, 'served');
        }
        break;
      }
      case 'out_of_state': {
        const issuedOn = d(-r.int(30, 400));
        c.openedOn = addDays(issuedOn, r.int(5, 20));
        const oos = this.order(c, 'OOS', issuedOn, c.court, { expiryYears: 2 });
        oos.issuingState = r.pick(['MD', 'NC', 'DC', 'WV', 'TN']);
        oos.issuingCourtId = `${oos.issuingState.toLowerCase()}-district-court`;
        oos.registeredOn = c.openedOn;
        oos.registeredCourtId = c.court.id;
        break;
      }
      case 'dissolved': {
        const issuedOn = d(-r.int(60, 600));
        const po = this.finalOrder(c, issuedOn, fam('FA_PO', 'AOV_PO'), fam, magistrate);
        po.dissolvedOn = addDays(issuedOn, r.int(20, 50));
        po.status = 'dissolved';
        break;
      }
      case 'closed': {
        // The order ran its two years; the case closed within a month of its expiry.
        const issuedOn = d(-r.int(740, 1100));
        const po = this.finalOrder(c, issuedOn, fam('FA_PO', 'AOV_PO'), fam, magistrate);
        const expiry = po.statedExpiryOn ?? addCalendarYears(issuedOn, 2);
        const closedOn = addDays(expiry, r.int(0, 30));
        c.closedOn = compareIsoDates(closedOn, this.today) > 0 ? this.today : closedOn;
        break;
      }
    }
    return c;
  }

  private emergencyThenPreliminary(
    c: SeedCase,
    start: string,
    fam: (fa: OrderKind, aov: OrderKind) => OrderKind,
    magistrate: Court,
  ): OrderRow {
    c.openedOn = start;
    c.lastActOn = start;
    const epo = this.order(c, fam('FA_EPO', 'AOV_EPO'), start, magistrate, { time: true });
    this.petition(c, fam('FA_PPO', 'AOV_PPO'), addDays(start, 1));
    this.attempt(c, epo, start, 'served');
    return this.order(c, fam('FA_PPO', 'AOV_PPO'), addDays(start, 1), c.court, { parent: epo });
  }

  /** A final order: after an emergency and a preliminary order and a full hearing, or on its own. */
  private finalOrder(
    c: SeedCase,
    issuedOn: string,
    kind: OrderKind,
    fam: (fa: OrderKind, aov: OrderKind) => OrderKind,
    magistrate: Court,
  ): OrderRow {
    const r = this.random;
    let parent: OrderRow | undefined;
    if (r.chance(0.5)) {
      const start = addDays(issuedOn, -r.int(8, 13));
      parent = this.emergencyThenPreliminary(c, start, fam, magistrate);
      this.attempt(c, parent, addDays(start, 2), 'served');
      const hearing = this.hearing(c, 'ppo_full_hearing', issuedOn, parent.id);
      this.hold(hearing, issuedOn, 'granted');
    } else {
      c.openedOn = addDays(issuedOn, -r.int(10, 30));
      c.lastActOn = c.openedOn;
      this.petition(c, kind, c.openedOn);
      const hearing = this.hearing(c, 'final_trial', issuedOn, null);
      this.hold(hearing, issuedOn, 'granted');
    }
    const po = this.order(c, kind, issuedOn, c.court, {
      ...(parent ? { parent } : {}),
      ...(r.chance(0.8) ? { expiryYears: 2 } : {}),
    });
    if (kind === 'FA_PO') po.petitionerHouseholdAtInitial = true;
    this.attempt(c, po, issuedOn, 'served');
    return po;
  }

  private order(
    c: SeedCase,
    kind: OrderKind,
    issuedOn: string,
    at: Court,
    o: {
      time?: boolean;
      parent?: OrderRow;
      extensionOf?: 'motion_to_extend';
      expiryYears?: number;
      days?: number;
    } = {},
  ): OrderRow {
    const r = this.random;
    const reliefs: OrderRow['reliefs'] =
      kind === 'ESRO' || kind === 'FSRO' || kind === 'OOS'
        ? []
        : r.chance(0.6)
          ? ['NO_CONTACT', 'NO_ABUSE_OR_CRIME']
          : ['NO_ABUSE_OR_CRIME'];
    const statedExpiryOn = o.expiryYears
      ? addCalendarYears(issuedOn, o.expiryYears)
      : o.days
        ? addDays(issuedOn, o.days)
        : null;
    const row: OrderRow = {
      id: randomUUID(),
      kind,
      issuedOn,
      issuedTime: o.time
        ? `${String(r.int(18, 23))}:${String(r.int(0, 59)).padStart(2, '0')}:00`
        : null,
      issuingCourtId: at.id,
      issuingCourtKind: at.kind,
      issuingLocality: at.locality,
      statedExpiryOn,
      statedExpiryTime: null,
      statedExpiryOverrideReason: null,
      reliefs,
      parentOrderId: o.parent?.id ?? null,
      extensionOf: o.extensionOf ?? null,
      protectsMinorAgainstParent: false,
      petitionerHouseholdAtInitial: null,
      priorFaOrderFinding: false,
      priorFaOrderIssuedOn: null,
      issuingState: null,
      registeredOn: null,
      registeredCourtId: null,
      dissolvedOn: null,
      servedOn: null,
      servedTime: null,
      status: 'granted',
    };
    if (o.parent && !o.extensionOf) {
      const after = parentStatusAfterChild(o.parent.kind, kind);
      if (after && (o.parent.status === 'granted' || o.parent.status === 'served'))
        o.parent.status = after;
    }
    c.orders.push(row);
    return row;
  }

  private petition(c: SeedCase, sought: OrderKind, filedOn: string): void {
    c.petitions.push({
      id: randomUUID(),
      orderKindSought: sought,
      filedOn,
      courtId: c.court.id,
      courtKind: c.court.kind,
      courtLocality: c.court.locality,
      mpoIssuingCommand: null,
      mpoIssuedOn: null,
      mpoEnteredInNcic: null,
    });
  }

  private attempt(
    c: SeedCase,
    order: OrderRow,
    on: string,
    outcome: 'served' | 'not_found' | 'refused',
  ): void {
    const r = this.random;
    let attemptedTime = `${String(r.int(8, 20)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00`;
    // Served the evening an emergency order was issued: after it was issued, never before.
    if (on === order.issuedOn && order.issuedTime && attemptedTime <= order.issuedTime)
      attemptedTime =
        order.issuedTime < '23:00:00'
          ? `${String(Number(order.issuedTime.slice(0, 2)) + 1)}:${order.issuedTime.slice(3)}`
          : '23:59:00';
    c.attempts.push({
      id: randomUUID(),
      orderId: order.id,
      attemptedOn: on,
      attemptedTime,
      method: 'personal',
      outcome,
      servedBy: r.pick(['sheriff', 'police', 'process_server'] as const),
      notes:
        outcome === 'served' || !r.chance(0.3)
          ? null
          : `Nobody answered at the ${r.pick(['workshop', 'apartment', 'farm'])} on ${r.pick(['Larkmoor', 'Elm Hollow', 'Quarry'])} Road; deputy will try after 6 p.m.`,
    });
    if (outcome === 'served' && order.servedOn === null) {
      order.servedOn = on;
      order.servedTime = attemptedTime;
      if (order.status === 'granted') order.status = 'served';
    }
  }

  private hearing(
    c: SeedCase,
    kind: HearingRow['kind'],
    on: string,
    orderId: string | null,
  ): HearingRow {
    this.clock.t += 1;
    const row: HearingRow = {
      id: randomUUID(),
      orderId,
      kind,
      scheduledOn: on,
      scheduledTime: this.random.pick(['09:00:00', '09:30:00', '10:00:00', '13:30:00', '14:00:00']),
      outcome: null,
      heldOn: null,
      continuedFromId: null,
      // Continuances are read in the order they were recorded (CaseRecordReader).
      createdAt: new Date(Date.parse(`${c.openedOn}T15:00:00Z`) + this.clock.t * 1000),
      continuanceReason: null,
    };
    c.hearings.push(row);
    return row;
  }

  private hold(h: HearingRow, on: string, outcome: 'granted'): void {
    h.outcome = outcome;
    h.heldOn = on;
  }

  private continueHearing(c: SeedCase, first: HearingRow, to: string): void {
    first.outcome = 'continued';
    first.heldOn = first.scheduledOn;
    first.continuanceReason = this.random.pick(CONTINUANCE_REASONS);
    const next = this.hearing(c, first.kind, to, first.orderId);
    next.continuedFromId = first.id;
  }

  private violation(c: SeedCase, order: OrderRow, issuedOn: string): void {
    const r = this.random;
    const span = Math.max(1, -daysUntil(issuedOn, this.today));
    const occurredOn = addDays(issuedOn, r.int(1, Math.max(1, span - 1)));
    if (compareIsoDates(occurredOn, this.today) > 0) return;
    const acts: ViolationRow['acts'] = r.chance(0.5) ? ['contact'] : ['stalking'];
    const reported = r.chance(0.7);
    c.violations.push({
      id: randomUUID(),
      orderId: order.id,
      occurredOn,
      acts,
      basedOnViolence: r.chance(0.4),
      actionsTaken: reported ? ['police_report'] : [],
      criminalProsecution: false,
      policeReportNumber: reported ? `RPT-${r.int(100000, 999999)}` : null,
      narrative: r.chance(0.5)
        ? 'Respondent waited outside the client\u2019s workplace and followed her car.'
        : null,
    });
  }

  private motion(c: SeedCase, order: OrderRow, filedOn: string): MotionRow {
    const row: MotionRow = {
      id: randomUUID(),
      orderId: order.id,
      filedOn,
      filedTime: null,
      outcome: 'pending',
      decidedOn: null,
      grantedOrderId: null,
    };
    c.motions.push(row);
    return row;
  }
}

function daysUntil(from: string, to: string): number {
  return Math.round((Date.parse(from) - Date.parse(to)) / 86_400_000);
}
