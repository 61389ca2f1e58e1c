import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { DEFAULT_FOLLOWUP_LEAD_TIMES, type FollowupLeadTimes } from '@haven/rules';

import { FollowupSettingsEntity } from './followup-settings.entity';

/** An organisation's lead times as stored, or null while it uses the defaults. */
export interface StoredFollowupSettings {
  leadTimes: FollowupLeadTimes;
  updatedAt: Date | null;
}

function leadTimesOf(row: FollowupSettingsEntity): FollowupLeadTimes {
  return {
    talkToClientDaysBeforeExpiry: row.talkToClientDaysBeforeExpiry,
    fileMotionDaysBeforeDeadline: row.fileMotionDaysBeforeDeadline,
    escalateDaysBeforeDeadline: row.escalateDaysBeforeDeadline,
    firstServiceCheckCourtDays: row.firstServiceCheckCourtDays,
    serviceCheckEveryCourtDays: row.serviceCheckEveryCourtDays,
    extendPreliminaryCourtDaysBeforeHearing: row.extendPreliminaryCourtDaysBeforeHearing,
    medicalNoticeReminderDays: row.medicalNoticeReminderDays,
  };
}

@Injectable()
export class FollowupSettingsRepository {
  async get(manager: EntityManager, organisationId: string): Promise<StoredFollowupSettings> {
    const row = await manager.getRepository(FollowupSettingsEntity).findOneBy({ organisationId });
    return row
      ? { leadTimes: leadTimesOf(row), updatedAt: row.updatedAt }
      : { leadTimes: { ...DEFAULT_FOLLOWUP_LEAD_TIMES }, updatedAt: null };
  }

  async getLeadTimes(manager: EntityManager, organisationId: string): Promise<FollowupLeadTimes> {
    return (await this.get(manager, organisationId)).leadTimes;
  }

  /** Inserts or replaces the organisation's row, locking it for the rest of the transaction. */
  async save(
    manager: EntityManager,
    organisationId: string,
    leadTimes: FollowupLeadTimes,
    by: string,
    at: Date,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(FollowupSettingsEntity)
      .values({ organisationId, ...leadTimes, updatedBy: by, updatedAt: at })
      .orUpdate(
        [
          'talk_to_client_days_before_expiry',
          'file_motion_days_before_deadline',
          'escalate_days_before_deadline',
          'first_service_check_court_days',
          'service_check_every_court_days',
          'extend_preliminary_court_days_before_hearing',
          'medical_notice_reminder_days',
          'updated_by',
          'updated_at',
        ],
        ['organisation_id'],
      )
      .execute();
  }

  /**
   * Locks the organisation's open cases in id order (as a court-closure change does) so that no
   * fact change plans follow-ups with the old lead times after this change commits.
   */
  async lockOpenCaseIds(manager: EntityManager, organisationId: string): Promise<string[]> {
    const rows = (await manager.query(
      `select id from case_file
        where organisation_id = $1 and closed_on is null and stage <> 'closed'
        order by id
        for update`,
      [organisationId],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }
}
