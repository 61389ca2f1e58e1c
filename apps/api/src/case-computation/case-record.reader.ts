import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { DomainError } from '@api/common/errors/domain-error';

import type {
  CaseFileFacts,
  CaseRecord,
  ClosureFacts,
  ExtensionMotionFacts,
  HearingFacts,
  KnownOrderFacts,
  OrderExtensionFacts,
  OrderFactsRow,
  PetitionFacts,
  RespondentFacts,
  RespondentMoveFacts,
  ServiceAttemptFacts,
  ViolationFactsRow,
} from './case-record';

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
    const scope = [organisationId, caseId];
    // One after another: the queries share the transaction's single connection.
    const [caseRow] = (await manager.query(
      `select id, order_kind as "orderKind", has_medical_evidence as "hasMedicalEvidence",
              closed_on::text as "closedOn", respondent_id as "respondentId"
         from case_file where organisation_id = $1 and id = $2`,
      scope,
    )) as Array<CaseFileFacts & { respondentId: string }>;
    if (!caseRow) {
      throw new DomainError('CASE_NOT_FOUND', 'not_found', 'Case not found.');
    }
    const [respondent] = (await manager.query(
      `select known_firearms as "knownFirearms", prior_convictions as "priorConvictions"
         from respondent where organisation_id = $1 and id = $2`,
      [organisationId, caseRow.respondentId],
    )) as RespondentFacts[];
    const petitions = (await manager.query(
      `select id, order_kind_sought as "orderKindSought", filed_on::text as "filedOn",
              court_id as "courtId", mpo_issuing_command as "mpoIssuingCommand",
              mpo_issued_on::text as "mpoIssuedOn", mpo_entered_in_ncic as "mpoEnteredInNcic"
         from petition where organisation_id = $1 and case_id = $2 order by created_at, id`,
      scope,
    )) as PetitionFacts[];
    const orders =
      known?.orders ??
      ((await manager.query(
        `select id, kind, issued_on::text as "issuedOn", issued_time::text as "issuedTime",
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
              registered_court_id as "registeredCourtId", dissolved_on::text as "dissolvedOn"
         from protective_order where organisation_id = $1 and case_id = $2
        order by issued_on, created_at, id`,
        scope,
      )) as OrderFactsRow[]);
    const orderExtensions =
      known?.orderExtensions ??
      ((await manager.query(
        `select id, order_id as "orderId", kind, granted_on::text as "grantedOn",
              granted_time::text as "grantedTime", stated_expiry_on::text as "statedExpiryOn",
              stated_expiry_time::text as "statedExpiryTime",
              stated_expiry_override_reason as "statedExpiryOverrideReason"
         from order_extension where organisation_id = $1 and case_id = $2
        order by created_at, id`,
        scope,
      )) as OrderExtensionFacts[]);
    const extensionMotions =
      known?.extensionMotions ??
      ((await manager.query(
        `select id, order_id as "orderId", filed_on::text as "filedOn",
              filed_time::text as "filedTime", outcome
         from extension_motion where organisation_id = $1 and case_id = $2
        order by created_at, id`,
        scope,
      )) as ExtensionMotionFacts[]);
    const serviceAttempts = (await manager.query(
      `select id, order_id as "orderId", attempted_on::text as "attemptedOn",
              attempted_time::text as "attemptedTime", method, outcome
         from service_attempt where organisation_id = $1 and case_id = $2
        order by created_at, id`,
      scope,
    )) as ServiceAttemptFacts[];
    const hearings = (await manager.query(
      `select id, order_id as "orderId", kind, scheduled_on::text as "scheduledOn",
              scheduled_time::text as "scheduledTime", outcome, held_on::text as "heldOn",
              continued_from_id as "continuedFromId", created_at as "createdAt"
         from hearing where organisation_id = $1 and case_id = $2
        order by created_at, id`,
      scope,
    )) as HearingFacts[];
    const violations = (await manager.query(
      `select id, order_id as "orderId", occurred_on::text as "occurredOn", acts,
              based_on_violence as "basedOnViolence", actions_taken as "actionsTaken",
              criminal_prosecution as "criminalProsecution"
         from violation where organisation_id = $1 and case_id = $2
        order by created_at, id`,
      scope,
    )) as ViolationFactsRow[];
    const respondentMoves = (await manager.query(
      `select id, moved_on::text as "movedOn", notice_received_on::text as "noticeReceivedOn"
         from respondent_move where organisation_id = $1 and case_id = $2
        order by moved_on, created_at, id`,
      scope,
    )) as RespondentMoveFacts[];
    const closures = await this.closures(manager, organisationId);
    const { respondentId: _respondentId, ...caseFacts } = caseRow;
    return {
      caseRow: caseFacts,
      respondent: respondent ?? { knownFirearms: false, priorConvictions: [] },
      petitions,
      orders,
      orderExtensions,
      extensionMotions,
      serviceAttempts,
      hearings,
      violations,
      respondentMoves,
      closures,
    };
  }

  /** Row-locks the case until the caller's transaction ends, so its writers take turns. */
  async lockCase(manager: EntityManager, organisationId: string, caseId: string): Promise<void> {
    await manager.query(
      'select id from case_file where organisation_id = $1 and id = $2 for update',
      [organisationId, caseId],
    );
  }

  /** The organisation's entered court closures, the calendar every deadline is counted on. */
  closures(manager: EntityManager, organisationId: string): Promise<ClosureFacts[]> {
    return manager.query(
      // A closure of a locality closes every court that serves it (court directory), so it is
      // read as the list of those courts; with neither courts nor localities it is statewide.
      `select k.closed_on::text as "closedOn",
              case when k.court_ids is null and k.locality_ids is null then null
                   else array(
                     select distinct c from unnest(
                       coalesce(k.court_ids, '{}') ||
                       coalesce((select array_agg(x) from court_locality l,
                                   unnest(array[l.jdr_court_id, l.gdc_court_id,
                                                l.circuit_court_id, l.magistrate_court_id]) x
                                  where l.id = any(k.locality_ids)), '{}')
                     ) c order by c)
              end as "courtIds",
              k.all_day as "allDay", k.kind, k.name, k.authority
         from court_closure k where k.organisation_id = $1 order by k.closed_on, k.id`,
      [organisationId],
    ) as Promise<ClosureFacts[]>;
  }
}
