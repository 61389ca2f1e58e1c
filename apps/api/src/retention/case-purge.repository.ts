import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { DEFAULT_RETENTION } from './retention-policy';

/** A closed case past its organisation's retention period, locked for its purge. */
export interface PurgeCandidate {
  id: string;
  organisationId: string;
  reference: string;
  closedOn: string;
  retentionYears: number;
  clientId: string | null;
  respondentId: string | null;
}

/** What one case's purge changed, as counts (the audit row holds these, never the values). */
export interface PurgeCounts {
  notesDeleted: number;
  serviceNotesCleared: number;
  narrativesCleared: number;
  movesCleared: number;
  /** Issue 19: documents the advocate filed on the case (sealed copies). */
  documentsDeleted: number;
  clientPurged: boolean;
  respondentPurged: boolean;
}

const DUE = `
  c.closed_on is not null
  and (c.closed_on + make_interval(years => coalesce(r.retention_years, $2)))::date <= $1::date
  and not exists (select 1 from case_legal_hold h where h.case_id = c.id)
  and not exists (select 1 from case_purge p where p.case_id = c.id)`;

/**
 * The purge's SQL, across organisations: the worker connects as the schema owner. What is kept is
 * what the funder reports count (the case, its kind, dates, stages, hearings, orders and their
 * outcomes, closing codes, funding, demographics); what goes is every sealed value and every name.
 */
@Injectable()
export class CasePurgeRepository {
  /** Ids of due cases after `after` (keyset), oldest id first. */
  async findDue(
    manager: EntityManager,
    asOf: string,
    after: string,
    limit: number,
  ): Promise<string[]> {
    const rows = (await manager.query(
      `select c.id from case_file c
         left join retention_setting r on r.organisation_id = c.organisation_id
        where ${DUE} and c.id > $3
        order by c.id limit $4`,
      [asOf, DEFAULT_RETENTION.retentionYears, after, limit],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /** Locks the case and answers it only if it is still due (a hold or a purge may have come). */
  async lockIfDue(
    manager: EntityManager,
    caseId: string,
    asOf: string,
  ): Promise<PurgeCandidate | null> {
    // Lock first, then read in a statement of its own: under READ COMMITTED a statement that waited
    // for the lock re-checks only the locked row, not its subqueries, so a purge or hold committed
    // meanwhile would go unseen (two sweeps at once then purged one case twice).
    await manager.query(`select id from case_file where id = $1 for update`, [caseId]);
    const [row] = (await manager.query(
      `select c.id, c.organisation_id as "organisationId", c.reference, c.closed_on::text as "closedOn",
              coalesce(r.retention_years, $2) as "retentionYears",
              c.client_id as "clientId", c.respondent_id as "respondentId"
         from case_file c
         left join retention_setting r on r.organisation_id = c.organisation_id
        where c.id = $3 and ${DUE}`,
      [asOf, DEFAULT_RETENTION.retentionYears, caseId],
    )) as PurgeCandidate[];
    return row ?? null;
  }

  async purgeCaseRecords(manager: EntityManager, caseId: string): Promise<PurgeCounts> {
    const affected = async (sql: string): Promise<number> => {
      const result = (await manager.query(sql, [caseId])) as [unknown[], number];
      return result[1];
    };
    return {
      notesDeleted: await affected(`delete from case_note where case_id = $1`),
      serviceNotesCleared: await affected(
        `update service_attempt set notes_enc = null where case_id = $1 and notes_enc is not null`,
      ),
      narrativesCleared: await affected(
        `update violation set narrative_enc = null, police_report_number = null, officer_name = null,
                officer_badge = null
          where case_id = $1`,
      ),
      movesCleared: await affected(
        `update respondent_move set new_address_enc = null where case_id = $1 and new_address_enc is not null`,
      ),
      documentsDeleted: await affected(`delete from case_document where case_id = $1`),
      clientPurged: false,
      respondentPurged: false,
    };
  }

  /**
   * Clears a client's identity and sealed details, unless another of their cases is not purged
   * (then those details are still that case's, and go with its own purge).
   */
  async purgeClient(manager: EntityManager, clientId: string, caseId: string): Promise<boolean> {
    const result = (await manager.query(
      `update client set full_name = 'Purged client', name_key = 'purged client', date_of_birth = null,
              aliases = '{}', alias_keys = '{}', address_enc = null, phone_enc = null, email_enc = null,
              employer_enc = null, safe_contact_enc = null, phone_index = null, email_index = null
        where id = $1
          and not exists (select 1 from case_file o where o.client_id = $1 and o.id <> $2
                             and not exists (select 1 from case_purge p where p.case_id = o.id))`,
      [clientId, caseId],
    )) as [unknown[], number];
    if (result[1] !== 1) return false;
    // Issue 19: the safe-contact instructions (sealed safe address and note) go with the client.
    await manager.query(`delete from client_safe_contact where client_id = $1`, [clientId]);
    return true;
  }

  async purgeRespondent(
    manager: EntityManager,
    respondentId: string,
    caseId: string,
  ): Promise<boolean> {
    const result = (await manager.query(
      `update respondent set full_name = 'Purged respondent', name_key = 'purged respondent',
              date_of_birth = null, aliases = '{}', alias_keys = '{}', address_enc = null,
              description_enc = null
        where id = $1
          and not exists (select 1 from case_file o where o.respondent_id = $1 and o.id <> $2
                             and not exists (select 1 from case_purge p where p.case_id = o.id))`,
      [respondentId, caseId],
    )) as [unknown[], number];
    return result[1] === 1;
  }

  async recordPurge(
    manager: EntityManager,
    candidate: PurgeCandidate,
    counts: PurgeCounts,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `insert into case_purge (case_id, organisation_id, purged_at, closed_on, retention_years, notes_deleted)
       values ($1, $2, $3, $4, $5, $6)`,
      [
        candidate.id,
        candidate.organisationId,
        at,
        candidate.closedOn,
        candidate.retentionYears,
        counts.notesDeleted,
      ],
    );
  }
}
