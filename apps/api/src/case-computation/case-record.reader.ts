import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { DomainError } from '@api/common/errors/domain-error';
import { prepared } from '@api/common/sql/prepared-statements';

import type { CaseRecord, HearingFacts, KnownOrderFacts, RespondentFacts } from './case-record';

const SCOPE = 'organisation_id = $1 and case_id = $2';

/**
 * One list of the record as a JSON array, in `orderBy`'s order: the rows are numbered in a
 * subquery and aggregated by that number (an aggregate over a sorted subquery only usually keeps
 * its order), which is then dropped.
 */
const listOf = (columns: string, from: string, orderBy: string) =>
  `(select coalesce(jsonb_agg(to_jsonb(x) - '_n' order by x._n), '[]'::jsonb)
      from (select ${columns}, row_number() over (order by ${orderBy}) as _n from ${from}) x)`;

/**
 * The organisation's (`$1`) entered court closures, the calendar every deadline is counted on. A
 * closure of a locality closes every court that serves it (court directory), so it is read as the
 * list of those courts, as the organisation's directory maps them (its corrections over the
 * statewide one); with neither courts nor localities it is statewide.
 */
const CLOSURE_COLUMNS = `k.closed_on::text as "closedOn",
  case when k.court_ids is null and k.locality_ids is null then null
       else array(
         select distinct c from unnest(
           coalesce(k.court_ids, '{}') ||
           coalesce((select array_agg(x) from court_locality_in_force l,
                       unnest(array[l.jdr_court_id, l.gdc_court_id,
                                    l.circuit_court_id, l.magistrate_court_id]) x
                      where l.id = any(k.locality_ids)), '{}')
         ) c order by c)
  end as "courtIds",
  k.all_day as "allDay", k.kind, k.name, k.authority`;

/** The record's lists an order request may already hold (KnownOrderFacts). */
const ORDER_LISTS = {
  orders: listOf(
    `id, kind, issued_on::text as "issuedOn", issued_time::text as "issuedTime",
     issuing_court_id as "issuingCourtId", issuing_court_kind as "issuingCourtKind",
     issuing_locality as "issuingLocality", stated_expiry_on::text as "statedExpiryOn",
     stated_expiry_time::text as "statedExpiryTime",
     stated_expiry_override_reason as "statedExpiryOverrideReason", reliefs,
     parent_order_id as "parentOrderId", extension_of as "extensionOf",
     protects_minor_against_parent as "protectsMinorAgainstParent",
     petitioner_household_at_initial as "petitionerHouseholdAtInitial",
     prior_fa_order_finding as "priorFaOrderFinding",
     prior_fa_order_issued_on::text as "priorFaOrderIssuedOn",
     issuing_state as "issuingState", registered_on::text as "registeredOn",
     registered_court_id as "registeredCourtId", dissolved_on::text as "dissolvedOn"`,
    `protective_order where ${SCOPE}`,
    'issued_on, created_at, id',
  ),
  orderExtensions: listOf(
    `id, order_id as "orderId", kind, granted_on::text as "grantedOn",
     granted_time::text as "grantedTime", stated_expiry_on::text as "statedExpiryOn",
     stated_expiry_time::text as "statedExpiryTime",
     stated_expiry_override_reason as "statedExpiryOverrideReason"`,
    `order_extension where ${SCOPE}`,
    'created_at, id',
  ),
  extensionMotions: listOf(
    `id, order_id as "orderId", filed_on::text as "filedOn", filed_time::text as "filedTime",
     outcome`,
    `extension_motion where ${SCOPE}`,
    'created_at, id',
  ),
};

/** The rest of the record's lists, read on every load. */
const CASE_LISTS = {
  // A-02: an emergency order's days are counted on the calendar of the court that would hear what
  // follows it, in the locality where it was issued, whoever issued it (a magistrate, most often).
  localityCourts: listOf(
    `l.name as "locality", l.jdr_court_id as "jdrCourtId", l.gdc_court_id as "gdcCourtId",
     l.circuit_court_id as "circuitCourtId"`,
    `court_locality_in_force l where lower(l.name) in (
       select lower(btrim(o.issuing_locality)) from protective_order o
        where o.organisation_id = $1 and o.case_id = $2)`,
    'l.name',
  ),
  petitions: listOf(
    `id, order_kind_sought as "orderKindSought", filed_on::text as "filedOn",
     court_id as "courtId", mpo_issuing_command as "mpoIssuingCommand",
     mpo_issued_on::text as "mpoIssuedOn", mpo_entered_in_ncic as "mpoEnteredInNcic"`,
    `petition where ${SCOPE}`,
    'created_at, id',
  ),
  serviceAttempts: listOf(
    `id, order_id as "orderId", attempted_on::text as "attemptedOn",
     attempted_time::text as "attemptedTime", method, outcome`,
    `service_attempt where ${SCOPE}`,
    'created_at, id',
  ),
  hearings: listOf(
    `id, order_id as "orderId", kind, scheduled_on::text as "scheduledOn",
     scheduled_time::text as "scheduledTime", outcome, held_on::text as "heldOn",
     continued_from_id as "continuedFromId", created_at as "createdAt"`,
    `hearing where ${SCOPE}`,
    'created_at, id',
  ),
  violations: listOf(
    `id, order_id as "orderId", occurred_on::text as "occurredOn", acts,
     based_on_violence as "basedOnViolence", actions_taken as "actionsTaken",
     criminal_prosecution as "criminalProsecution"`,
    `violation where ${SCOPE}`,
    'created_at, id',
  ),
  respondentMoves: listOf(
    `id, moved_on::text as "movedOn", notice_received_on::text as "noticeReceivedOn"`,
    `respondent_move where ${SCOPE}`,
    'moved_on, created_at, id',
  ),
  closures: listOf(
    CLOSURE_COLUMNS,
    'court_closure k where k.organisation_id = $1',
    'k.closed_on, k.id',
  ),
};

/**
 * The whole record as one statement (issue 18: its eleven reads were eleven round trips of every
 * request that computes a case), with or without the lists an order request already holds.
 */
function recordSql(lists: Readonly<Record<string, string>>): string {
  return `select to_jsonb(c) - 'respondentId' as "caseRow",
                 (select to_jsonb(r) from (
                    select known_firearms as "knownFirearms", prior_convictions as "priorConvictions"
                      from respondent where organisation_id = $1 and id = c."respondentId") r)
                   as respondent,
                 ${Object.entries(lists)
                   .map(([name, sql]) => `${sql} as "${name}"`)
                   .join(',\n                 ')}
            from (select id, order_kind as "orderKind", has_medical_evidence as "hasMedicalEvidence",
                         closed_on::text as "closedOn", respondent_id as "respondentId"
                    from case_file where organisation_id = $1 and id = $2) c`;
}

const RECORD = recordSql({ ...CASE_LISTS, ...ORDER_LISTS });

/**
 * The organisation's (`$1`) case's (`$2`) record but its orders, extensions and motions, as one
 * row of {@link CaseRecordRow}: for a read that holds them already and reads this in the same
 * statement (the orders list).
 */
export const RECORD_WITHOUT_ORDERS_SQL = recordSql(CASE_LISTS);

/** The record as its statement answers it: JSON values, the order lists only when read. */
export type CaseRecordRow = Omit<CaseRecord, 'respondent' | keyof KnownOrderFacts | 'hearings'> &
  Partial<KnownOrderFacts> & {
    respondent: RespondentFacts | null;
    // Instants come through JSON as text.
    hearings: Array<Omit<HearingFacts, 'createdAt'> & { createdAt: string }>;
  };

/** The record of a row read by RECORD or {@link RECORD_WITHOUT_ORDERS_SQL} (then with `known`). */
export function caseRecordOf(row: CaseRecordRow, known?: KnownOrderFacts): CaseRecord {
  return {
    caseRow: row.caseRow,
    respondent: row.respondent ?? { knownFirearms: false, priorConvictions: [] },
    petitions: row.petitions,
    orders: known?.orders ?? row.orders ?? [],
    orderExtensions: known?.orderExtensions ?? row.orderExtensions ?? [],
    extensionMotions: known?.extensionMotions ?? row.extensionMotions ?? [],
    serviceAttempts: row.serviceAttempts,
    hearings: row.hearings.map((h) => ({ ...h, createdAt: new Date(h.createdAt) })),
    violations: row.violations,
    respondentMoves: row.respondentMoves,
    closures: row.closures,
    localityCourts: row.localityCourts,
  };
}

/**
 * Loads every fact of one case, inside the caller's transaction, for the rules library. Like the
 * other read models (timeline, board, calendar) it is parameterised SQL with its own row types:
 * it reads the tables of nine features without importing their code.
 */
@Injectable()
export class CaseRecordReader {
  async load(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    known?: KnownOrderFacts,
  ): Promise<CaseRecord> {
    const [row] = (await manager.query(prepared(known ? RECORD_WITHOUT_ORDERS_SQL : RECORD), [
      organisationId,
      caseId,
    ])) as CaseRecordRow[];
    if (!row) {
      throw new DomainError('CASE_NOT_FOUND', 'not_found', 'Case not found.');
    }
    return caseRecordOf(row, known);
  }

  /** Row-locks the case until the caller's transaction ends, so its writers take turns. */
  async lockCase(manager: EntityManager, organisationId: string, caseId: string): Promise<void> {
    await manager.query(
      'select id from case_file where organisation_id = $1 and id = $2 for update',
      [organisationId, caseId],
    );
  }
}
