import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type {
  ExtensionMotionOutcome,
  HearingKind,
  HearingOutcome,
  OrderKind,
  ServedBy,
  ServiceMethod,
  ServiceOutcome,
  TaskStatus,
  ViolationActCode,
} from '@haven/contracts';

import { prepared } from '@api/common/sql/prepared-statements';
import { VISIBLE_CASE } from '@api/case-files/case-files.repository';

// The rows a timeline reads, with civil dates as text and times as 'HH:MM' (never through a JS
// Date). Confidential columns (service notes, violation narratives, note bodies) are never selected.

export interface PetitionRow {
  id: string;
  filedOn: string;
  orderKindSought: OrderKind;
  courtLocality: string;
  courtKind: string;
  courtCaseNumber: string | null;
}

export interface OrderRow {
  id: string;
  kind: OrderKind;
  issuedOn: string;
  issuedTime: string | null;
  issuingLocality: string;
  statedExpiryOn: string | null;
  servedOn: string | null;
  servedTime: string | null;
  parentOrderId: string | null;
  extensionOf: 'incapacity' | 'unserved' | 'motion_to_extend' | null;
  dissolvedOn: string | null;
}

export interface ExtensionRow {
  id: string;
  orderId: string;
  kind: 'incapacity' | 'unserved';
  grantedOn: string;
  grantedTime: string | null;
  statedExpiryOn: string | null;
}

export interface MotionRow {
  id: string;
  orderId: string;
  filedOn: string;
  filedTime: string | null;
  outcome: ExtensionMotionOutcome;
  decidedOn: string | null;
  grantedOrderId: string | null;
}

export interface ServiceAttemptRow {
  id: string;
  orderId: string;
  attemptedOn: string;
  attemptedTime: string | null;
  servedBy: ServedBy;
  method: ServiceMethod;
  outcome: ServiceOutcome;
}

export interface HearingRow {
  id: string;
  orderId: string | null;
  kind: HearingKind;
  scheduledOn: string;
  scheduledTime: string | null;
  outcome: HearingOutcome | null;
  heldOn: string | null;
  continuedFromId: string | null;
}

export interface ViolationRow {
  id: string;
  orderId: string;
  occurredOn: string;
  occurredTime: string | null;
  acts: ViolationActCode[];
  potentialClass: string | null;
}

export interface NoteRow {
  id: string;
  authorName: string | null;
  createdAt: Date;
}

export interface TaskRow {
  id: string;
  title: string;
  dueOn: string;
  status: TaskStatus;
  sourceRule: string | null;
  assigneeName: string | null;
  completedAt: Date | null;
  completedByName: string | null;
  followupKind: string | null;
  followupKey: string | null;
}

export interface DeadlineRow {
  id: string;
  ruleId: string;
  kind: string;
  orderId: string | null;
  hearingId: string | null;
  dueOn: string;
  dueTime: string | null;
  citation: string;
  explanation: string;
  state: string;
}

/** Everything a case's timeline shows, read at one moment. */
export interface TimelineFacts {
  petitions: PetitionRow[];
  orders: OrderRow[];
  extensions: ExtensionRow[];
  motions: MotionRow[];
  serviceAttempts: ServiceAttemptRow[];
  hearings: HearingRow[];
  violations: ViolationRow[];
  notes: NoteRow[];
  tasks: TaskRow[];
  deadlines: DeadlineRow[];
}

const HHMM = (column: string) => `to_char(${column}, 'HH24:MI')`;
const SCOPE = 'organisation_id = $1 and case_id = $2';

/** Each kind of timeline fact as one SELECT over the organisation `$1`'s case `$2`. */
const READS: Readonly<Record<keyof TimelineFacts, string>> = {
  petitions: `select id, filed_on::text as "filedOn", order_kind_sought as "orderKindSought",
                     court_locality as "courtLocality", court_kind as "courtKind",
                     court_case_number as "courtCaseNumber"
                from petition where ${SCOPE}`,
  orders: `select id, kind, issued_on::text as "issuedOn", ${HHMM('issued_time')} as "issuedTime",
                  issuing_locality as "issuingLocality", stated_expiry_on::text as "statedExpiryOn",
                  served_on::text as "servedOn", ${HHMM('served_time')} as "servedTime",
                  parent_order_id as "parentOrderId", extension_of as "extensionOf",
                  dissolved_on::text as "dissolvedOn"
             from protective_order where ${SCOPE}`,
  extensions: `select id, order_id as "orderId", kind, granted_on::text as "grantedOn",
                      ${HHMM('granted_time')} as "grantedTime", stated_expiry_on::text as "statedExpiryOn"
                 from order_extension where ${SCOPE}`,
  motions: `select id, order_id as "orderId", filed_on::text as "filedOn",
                   ${HHMM('filed_time')} as "filedTime", outcome, decided_on::text as "decidedOn",
                   granted_order_id as "grantedOrderId"
              from extension_motion where ${SCOPE}`,
  serviceAttempts: `select id, order_id as "orderId", attempted_on::text as "attemptedOn",
                           ${HHMM('attempted_time')} as "attemptedTime", served_by as "servedBy",
                           method, outcome
                      from service_attempt where ${SCOPE}`,
  hearings: `select id, order_id as "orderId", kind, scheduled_on::text as "scheduledOn",
                    ${HHMM('scheduled_time')} as "scheduledTime", outcome, held_on::text as "heldOn",
                    continued_from_id as "continuedFromId"
               from hearing where ${SCOPE}`,
  violations: `select id, order_id as "orderId", occurred_on::text as "occurredOn",
                      ${HHMM('occurred_time')} as "occurredTime", acts,
                      classification->>'potentialClass' as "potentialClass"
                 from violation where ${SCOPE}`,
  notes: `select n.id, u.display_name as "authorName", n.created_at as "createdAt"
            from case_note n left join app_user u on u.id = n.author_id
           where n.organisation_id = $1 and n.case_id = $2`,
  tasks: `select t.id, t.title, t.due_on::text as "dueOn", t.status, t.source_rule as "sourceRule",
                 a.display_name as "assigneeName", t.completed_at as "completedAt",
                 cb.display_name as "completedByName", f.kind as "followupKind", f.key as "followupKey"
            from task t
            left join app_user a on a.id = t.assignee_id
            left join app_user cb on cb.id = t.completed_by
            left join followup f on f.id = t.followup_id and f.organisation_id = t.organisation_id
           where t.organisation_id = $1 and t.case_id = $2`,
  // A moot deadline was replaced by a later computation or ended with its order: not news.
  deadlines: `select id, rule_id as "ruleId", kind, order_id as "orderId", hearing_id as "hearingId",
                     due_on::text as "dueOn", ${HHMM('due_time')} as "dueTime", citation, explanation, state
                from case_deadline where ${SCOPE} and state <> 'moot'`,
};

/**
 * Every read as one statement of JSON arrays over the visible case (issue 18: ten statements
 * were ten round trips, most of a timeline request's time, and the access check one more).
 */
const TIMELINE = `select ${Object.entries(READS)
  .map(([name, sql]) => `(select coalesce(json_agg(x), '[]'::json) from (${sql}) x) as "${name}"`)
  .join(',\n       ')}
  ${VISIBLE_CASE}`;

/** Instants come through JSON as text; the rows carry them as Dates, as `pg` reads them. */
const instantOf = (value: Date | string): Date => new Date(value);

@Injectable()
export class TimelineRepository {
  /**
   * Reads every timeline fact of one case, in the caller's (snapshot) transaction; null when the
   * assignee (`assigneeOf`) may not see the case.
   */
  async loadVisible(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    assigneeId: string | null,
  ): Promise<TimelineFacts | null> {
    const [facts] = (await manager.query(prepared(TIMELINE), [
      organisationId,
      caseId,
      assigneeId,
    ])) as Array<TimelineFacts | undefined>;
    if (!facts) return null;
    return {
      ...facts,
      notes: facts.notes.map((n) => ({ ...n, createdAt: instantOf(n.createdAt) })),
      tasks: facts.tasks.map((t) => ({
        ...t,
        completedAt: t.completedAt === null ? null : instantOf(t.completedAt),
      })),
    };
  }
}
