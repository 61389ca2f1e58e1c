import { randomUUID } from 'node:crypto';

import { classifyViolation } from '@haven/rules';

import { NO_DEADLINE } from '@api/cases/case-cursor';
import { openingReviewFollowup } from '@api/cases/case-opening';
import type { BlindIndex } from '@api/crypto/blind-index';
import type { FieldCipher } from '@api/crypto/field-cipher';
import { secretContext } from '@api/parties/confidential-fields';
import { nameKey } from '@api/parties/name-key';
import { narrativeContext } from '@api/violations/violations.service';

import type { ComputedCase } from './compute';
import type { SeededRandom } from './random';
import type { SeedCase } from './scenarios';

/** Rows of one batch of cases, by table, in the order the foreign keys need them. */
export type TableRows = Record<(typeof TABLE_ORDER)[number], Array<Record<string, unknown>>>;

export const TABLE_ORDER = [
  'client',
  'respondent',
  'case_file',
  'case_assignment',
  'petition',
  'protective_order',
  'extension_motion',
  'service_attempt',
  'hearing',
  'violation',
  'case_note',
  'case_deadline',
  'case_notice',
  'order_protection_facts',
  'followup',
  'task',
] as const;

export function emptyRows(): TableRows {
  return Object.fromEntries(TABLE_ORDER.map((t) => [t, []])) as unknown as TableRows;
}

/** Who works in the organisation, as the rows need them. */
export interface Staff {
  advocates: string[];
  supervisors: string[];
}

const GIVEN = [
  'Avery',
  'Briony',
  'Caspian',
  'Delphine',
  'Emrys',
  'Fenna',
  'Gideon',
  'Halcyon',
  'Isolde',
  'Jory',
  'Kestrel',
  'Liora',
  'Marek',
  'Nerys',
  'Orrin',
  'Perpetua',
  'Quinlan',
  'Rowena',
  'Sorrel',
  'Tamsin',
  'Ulric',
  'Vesna',
  'Wynn',
  'Xanthe',
  'Yardley',
  'Zinnia',
];
const FAMILY = [
  'Quillfeather',
  'Marrowby',
  'Thistlewood',
  'Brightwater',
  'Orchardley',
  'Wexmoor',
  'Fernsby',
  'Larkspur',
  'Ashdown',
  'Bramblecote',
  'Cinderford',
  'Dunmere',
  'Elderwick',
  'Foxhollow',
  'Glimmerdale',
  'Hawkesmere',
  'Ivybridge',
  'Juniperton',
  'Kettleby',
  'Lindenmoor',
];
const STREETS = ['Quarry', 'Larkmoor', 'Elm Hollow', 'Cedar Gap', 'Millrace', 'Fox Run', 'Orchard'];
const TOWNS = ['Fairfax', 'Arlington', 'Richmond', 'Roanoke', 'Norfolk', 'Leesburg', 'Manassas'];
const AREA_CODES = ['540', '703', '804', '757', '434', '276'];
const EMPLOYERS = [
  'Larkspur Orchard Cooperative',
  'Millrace Bakery',
  'Cedar Gap Clinic',
  'Foxhollow Freight',
];

/** Turns computed seed cases into table rows: parties sealed with the real cipher and blind index. */
export class RowBuilder {
  private readonly references = new Map<string, number>();
  private assigned = 0;

  constructor(
    private readonly organisationId: string,
    private readonly staff: Staff,
    private readonly cipher: FieldCipher,
    private readonly index: BlindIndex,
    private readonly random: SeededRandom,
    private readonly now: Date,
    private readonly today: string,
    private readonly numbering: { offset: number; stride: number } = { offset: 0, stride: 1 },
  ) {}

  add(rows: TableRows, c: SeedCase, computed: ComputedCase): void {
    const org = this.organisationId;
    const r = this.random;
    const base =
      (c.openedOn < this.today
        ? Date.parse(`${c.openedOn}T14:00:00Z`)
        : this.now.getTime() - 3_600_000) + r.int(0, 3_000_000);
    // Rows are read back in the order they were recorded (created_at, then id).
    let tick = 0;
    const createdAt = () => new Date(base + (tick += 1) * 1000).toISOString();
    const clientId = randomUUID();
    const respondentId = randomUUID();
    const phone = `${r.pick(AREA_CODES)}-555-01${String(r.int(0, 99)).padStart(2, '0')}`;
    const given = r.pick(GIVEN);
    const family = r.pick(FAMILY);
    const clientName = `${given} ${r.pick(GIVEN).charAt(0)}. ${family}`;
    const email = `${given}.${family}${r.int(1, 999)}@mail.example`.toLowerCase();
    const seal = (party: 'client' | 'respondent', id: string, field: string, value: string) =>
      this.cipher.encrypt(value, secretContext(party, id, field));
    rows.client.push({
      id: clientId,
      organisation_id: org,
      full_name: clientName,
      name_key: nameKey(clientName),
      date_of_birth: `${r.int(1960, 2004)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
      address_enc: seal('client', clientId, 'address', this.address()),
      phone_enc: seal('client', clientId, 'phone', phone),
      email_enc: seal('client', clientId, 'email', email),
      employer_enc: r.chance(0.4) ? seal('client', clientId, 'employer', r.pick(EMPLOYERS)) : null,
      phone_index: this.index.of(org, 'phone', phone),
      email_index: this.index.of(org, 'email', email),
      created_at: createdAt(),
    });
    const respondentName = `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;
    rows.respondent.push({
      id: respondentId,
      organisation_id: org,
      full_name: respondentName,
      name_key: nameKey(respondentName),
      address_enc: r.chance(0.7)
        ? seal('respondent', respondentId, 'address', this.address())
        : null,
      known_firearms: c.knownFirearms,
      created_at: createdAt(),
    });
    const year = c.openedOn.slice(0, 4);
    // Builders running side by side draw interleaved numbers, so references stay unique.
    const drawn = this.references.get(year) ?? 0;
    this.references.set(year, drawn + 1);
    const n = this.numbering.offset + 1 + drawn * this.numbering.stride;
    const caseCreated = createdAt();
    rows.case_file.push({
      id: c.id,
      organisation_id: org,
      reference: `HV-${year}-${String(n).padStart(4, '0')}`,
      stage: computed.standing.stage,
      order_kind: computed.standing.orderKind,
      opened_on: c.openedOn,
      closed_on: c.closedOn,
      client_id: clientId,
      respondent_id: respondentId,
      relationship: c.relationship,
      lives_with_respondent: c.livesWithRespondent,
      last_act_on: c.lastActOn,
      has_medical_evidence: c.hasMedicalEvidence,
      venue_locality: c.court.locality,
      court_id: c.court.id,
      court_kind: c.court.kind,
      next_due_on: computed.standing.nextDueOn,
      // The sort key its trigger would set (triggers are off for the load).
      next_due_key: computed.standing.nextDueOn ?? NO_DEADLINE,
      created_at: caseCreated,
      updated_at: caseCreated,
    });
    // One case in twenty waits for a supervisor to assign it.
    const advocate = r.chance(0.05) ? null : this.nextAdvocate();
    if (advocate) {
      rows.case_assignment.push({
        case_id: c.id,
        user_id: advocate,
        organisation_id: org,
        assigned_at: caseCreated,
        assigned_by: advocate,
        // The caseload's sort keys, as the assignment trigger copies them (triggers are off for
        // the load): the case's own values, from the same computed standing.
        case_created_at: caseCreated,
        case_next_due_key: computed.standing.nextDueOn ?? NO_DEADLINE,
      });
    }
    for (const p of c.petitions) {
      rows.petition.push({
        organisation_id: org,
        case_id: c.id,
        id: p.id,
        order_kind_sought: p.orderKindSought,
        filed_on: p.filedOn,
        court_id: p.courtId,
        court_kind: p.courtKind,
        court_locality: p.courtLocality,
        court_case_number: `JA${r.int(100000, 999999)}-00`,
        created_at: createdAt(),
      });
    }
    for (const o of c.orders) {
      rows.protective_order.push({
        organisation_id: org,
        case_id: c.id,
        id: o.id,
        kind: o.kind,
        issued_on: o.issuedOn,
        issued_time: o.issuedTime,
        issuing_court_id: o.issuingCourtId,
        issuing_court_kind: o.issuingCourtKind,
        issuing_locality: o.issuingLocality,
        stated_expiry_on: o.statedExpiryOn,
        reliefs: o.reliefs,
        served_on: o.servedOn,
        served_time: o.servedTime,
        status: o.status,
        parent_order_id: o.parentOrderId,
        extension_of: o.extensionOf,
        petitioner_household_at_initial: o.petitionerHouseholdAtInitial,
        issuing_state: o.issuingState,
        registered_on: o.registeredOn,
        registered_court_id: o.registeredCourtId,
        dissolved_on: o.dissolvedOn,
        created_at: createdAt(),
      });
    }
    for (const m of c.motions) {
      rows.extension_motion.push({
        organisation_id: org,
        case_id: c.id,
        id: m.id,
        order_id: m.orderId,
        filed_on: m.filedOn,
        outcome: m.outcome,
        decided_on: m.decidedOn,
        granted_order_id: m.grantedOrderId,
        created_at: createdAt(),
      });
    }
    for (const a of c.attempts) {
      rows.service_attempt.push({
        organisation_id: org,
        case_id: c.id,
        id: a.id,
        order_id: a.orderId,
        attempted_on: a.attemptedOn,
        attempted_time: a.attemptedTime,
        served_by: a.servedBy,
        method: a.method,
        outcome: a.outcome,
        // The same associated data ServiceAttemptsRepository binds, so a reveal opens it.
        notes_enc: a.notes ? this.cipher.encrypt(a.notes, `service_attempt:${a.id}:notes`) : null,
        created_at: createdAt(),
      });
    }
    for (const h of c.hearings) {
      rows.hearing.push({
        organisation_id: org,
        case_id: c.id,
        id: h.id,
        order_id: h.orderId,
        kind: h.kind,
        scheduled_on: h.scheduledOn,
        scheduled_time: h.scheduledTime,
        outcome: h.outcome,
        held_on: h.heldOn,
        continued_from_id: h.continuedFromId,
        continuance_reason: h.continuanceReason,
        created_at: h.createdAt.toISOString(),
      });
    }
    const kindOf = new Map(c.orders.map((o) => [o.id, o.kind]));
    for (const v of c.violations) {
      const orderKind = kindOf.get(v.orderId);
      if (!orderKind) continue;
      rows.violation.push({
        organisation_id: org,
        case_id: c.id,
        id: v.id,
        order_id: v.orderId,
        occurred_on: v.occurredOn,
        acts: v.acts,
        based_on_violence: v.basedOnViolence,
        police_report_number: v.policeReportNumber,
        actions_taken: v.actionsTaken,
        criminal_prosecution: v.criminalProsecution,
        classification: classifyViolation({
          violationId: v.id,
          orderId: v.orderId,
          orderKind,
          occurredOn: v.occurredOn,
          acts: v.acts,
          basedOnActOrThreatOfViolence: v.basedOnViolence,
          priorConvictions: [],
          criminalProsecution: v.criminalProsecution,
          contemptSought: v.actionsTaken.includes('contempt'),
          reportedToPolice: v.actionsTaken.includes('police_report'),
        }),
        narrative_enc: v.narrative
          ? this.cipher.encrypt(v.narrative, narrativeContext(v.id))
          : null,
        created_at: createdAt(),
      });
    }
    if (r.chance(0.2)) {
      const noteId = randomUUID();
      rows.case_note.push({
        organisation_id: org,
        case_id: c.id,
        id: noteId,
        author_id: advocate,
        // NotesRepository's associated data for a note body.
        body_enc: this.cipher.encrypt(
          'Client prefers texts after 6 p.m.; safe to call at work on weekdays.',
          `case_note:${noteId}:body`,
        ),
        created_at: createdAt(),
      });
    }
    for (const d of computed.deadlines) {
      rows.case_deadline.push({
        organisation_id: org,
        case_id: c.id,
        deadline_key: d.deadlineKey,
        rule_id: d.ruleId,
        rule_version: d.ruleVersion,
        kind: d.kind,
        order_id: d.orderId,
        hearing_id: d.hearingId,
        due_on: d.dueOn,
        due_time: d.dueTime,
        act_by_on: d.actByOn,
        citation: d.citation,
        explanation: d.explanation,
        confidence: d.confidence,
        assumptions: d.assumptions,
        stated_check: d.statedCheck,
        state: d.state,
        computed_at: d.computedAt,
      });
    }
    for (const n of computed.notices) {
      rows.case_notice.push({
        case_id: n.caseId,
        position: n.position,
        organisation_id: n.organisationId,
        kind: n.kind,
        rule_id: n.ruleId,
        rule_version: n.ruleVersion,
        text: n.text,
        citation: n.citation,
        assumptions: n.assumptions,
        order_id: n.orderId,
        hearing_id: n.hearingId,
        violation_id: n.violationId,
        computed_at: n.computedAt,
      });
    }
    for (const f of computed.protection) {
      rows.order_protection_facts.push({
        order_id: f.orderId,
        organisation_id: f.organisationId,
        case_id: f.caseId,
        kind: f.kind,
        issued_on: f.issuedOn,
        court_id: f.courtId,
        case_open: f.caseOpen,
        dissolved: f.dissolved,
        followed: f.followed,
        has_motion: f.hasMotion,
        served: f.served,
        petition_since_issued: f.petitionSinceIssued,
        risk: f.risk,
        risk_on: f.riskOn,
        risk_time: f.riskTime,
        risk_hearing_id: f.riskHearingId,
        unserved_until: f.unservedUntil,
        lapse_on: f.lapseOn,
        lapse_time: f.lapseTime,
        lapse_until: f.lapseUntil,
        as_of: f.asOf,
      });
    }
    this.followups(rows, c, computed, advocate, caseCreated);
  }

  /**
   * The opening review plus what the rules plan. A follow-up already due was delivered as the
   * worker would have (its tasks exist, most older ones done); a later one waits in the outbox.
   */
  private followups(
    rows: TableRows,
    c: SeedCase,
    computed: ComputedCase,
    advocate: string | null,
    caseCreated: string,
  ): void {
    for (const f of [openingReviewFollowup(new Date(caseCreated)), ...computed.followups]) {
      const id = randomUUID();
      const due = f.dueAt.getTime() <= this.now.getTime();
      rows.followup.push({
        id,
        organisation_id: this.organisationId,
        case_id: c.id,
        kind: f.kind,
        due_at: f.dueAt.toISOString(),
        version: 1,
        state: due ? 'delivered' : 'pending',
        created_at: caseCreated,
        delivered_at: due ? f.dueAt.toISOString() : null,
        key: f.key,
        title: f.title,
        act_by: f.actBy,
        rule_id: f.ruleId,
        citation: f.citation,
        explanation: f.explanation,
        audience: f.audience,
      });
      if (!due) continue;
      const slots: Array<[string, string | null]> = [];
      if (f.audience !== 'supervisor') slots.push(['advocate', advocate]);
      if (f.audience !== 'advocate')
        for (const s of this.staff.supervisors) slots.push([`supervisor:${s}`, s]);
      const old = f.dueAt.getTime() < this.now.getTime() - 14 * 86_400_000;
      for (const [slot, assignee] of slots) {
        const done = (old && this.random.chance(0.9)) || c.closedOn !== null;
        rows.task.push({
          organisation_id: this.organisationId,
          case_id: c.id,
          followup_id: id,
          followup_version: 1,
          title: f.title,
          due_on: f.actBy,
          assignee_id: assignee,
          assignee_slot: slot,
          source_rule: f.ruleId,
          source_citation: f.citation,
          status: done ? 'done' : 'open',
          completed_by: done ? (assignee ?? this.staff.supervisors[0] ?? null) : null,
          completed_at: done ? new Date(f.dueAt.getTime() + 86_400_000).toISOString() : null,
          created_at: f.dueAt.toISOString(),
        });
      }
    }
  }

  private nextAdvocate(): string | null {
    const { advocates } = this.staff;
    if (advocates.length === 0) return null;
    this.assigned += 1;
    return advocates[this.assigned % advocates.length] ?? null;
  }

  private address(): string {
    const r = this.random;
    return `${r.int(10, 9999)} ${r.pick(STREETS)} Road, ${r.pick(TOWNS)}, VA 2${r.int(2000, 4999)}`;
  }
}
