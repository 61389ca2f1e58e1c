import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { RetentionSettings } from '@haven/contracts';

import { DEFAULT_RETENTION } from './retention-policy';

export interface RetentionSettingsRow extends RetentionSettings {
  updatedAt: Date | null;
}

export interface CaseRetentionRow {
  closedOn: string | null;
  purgeDueOn: string | null;
  purgedAt: Date | null;
  holdPlacedAt: Date | null;
  holdPlacedBy: string | null;
  holdReason: string | null;
}

/** Retention settings and legal holds; every query names the organisation. */
@Injectable()
export class RetentionRepository {
  async getSettings(manager: EntityManager, organisationId: string): Promise<RetentionSettingsRow> {
    const [row] = (await manager.query(
      `select retention_years as "retentionYears", funder_minimum_years as "funderMinimumYears",
              updated_at as "updatedAt"
         from retention_setting where organisation_id = $1`,
      [organisationId],
    )) as RetentionSettingsRow[];
    return row ?? { ...DEFAULT_RETENTION, updatedAt: null };
  }

  async saveSettings(
    manager: EntityManager,
    organisationId: string,
    settings: RetentionSettings,
    userId: string,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `insert into retention_setting (organisation_id, retention_years, funder_minimum_years, updated_by, updated_at)
       values ($1, $2, $3, $4, $5)
       on conflict (organisation_id) do update
         set retention_years = excluded.retention_years,
             funder_minimum_years = excluded.funder_minimum_years,
             updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [organisationId, settings.retentionYears, settings.funderMinimumYears, userId, at],
    );
  }

  /** The case's closing, purge due date (closing + the organisation's years), purge and hold. */
  async caseRetention(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<CaseRetentionRow> {
    const [row] = (await manager.query(
      `select c.closed_on::text as "closedOn",
              (c.closed_on + make_interval(years => coalesce(r.retention_years, $3)))::date::text as "purgeDueOn",
              p.purged_at as "purgedAt", h.placed_at as "holdPlacedAt", h.placed_by as "holdPlacedBy",
              h.reason as "holdReason"
         from case_file c
         left join retention_setting r on r.organisation_id = c.organisation_id
         left join case_purge p on p.case_id = c.id
         left join case_legal_hold h on h.case_id = c.id
        where c.organisation_id = $1 and c.id = $2`,
      [organisationId, caseId, DEFAULT_RETENTION.retentionYears],
    )) as CaseRetentionRow[];
    if (!row) throw new Error('case vanished inside its own transaction');
    return row;
  }

  /** Places a hold; false when the case already had one (the first reason stands). */
  async placeHold(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    userId: string,
    reason: string,
    at: Date,
  ): Promise<boolean> {
    const rows = (await manager.query(
      `insert into case_legal_hold (case_id, organisation_id, placed_by, placed_at, reason)
       values ($1, $2, $3, $4, $5) on conflict (case_id) do nothing returning case_id`,
      [caseId, organisationId, userId, at, reason],
    )) as unknown[];
    return rows.length === 1;
  }

  async removeHold(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<boolean> {
    const [rows] = (await manager.query(
      `delete from case_legal_hold where organisation_id = $1 and case_id = $2 returning case_id`,
      [organisationId, caseId],
    )) as [unknown[], number];
    return rows.length === 1;
  }
}
