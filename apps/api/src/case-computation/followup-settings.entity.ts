import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

import { OrganisationEntity } from '@api/users/organisation.entity';
import { UserEntity } from '@api/users/user.entity';

/**
 * An organisation's follow-up lead times (issue 6). No row means the defaults; the column defaults
 * equal DEFAULT_FOLLOWUP_LEAD_TIMES in @haven/rules and the checks its FOLLOWUP_LEAD_TIME_RANGES.
 */
@Entity({ name: 'followup_settings' })
@ForeignKey(() => OrganisationEntity, ['organisationId'], ['id'], {
  name: 'fk_followup_settings_organisation',
  onDelete: 'CASCADE',
})
@ForeignKey(() => UserEntity, ['updatedBy'], ['id'], {
  name: 'fk_followup_settings_updated_by',
  onDelete: 'SET NULL',
})
@Check('ck_followup_settings_talk', `talk_to_client_days_before_expiry between 1 and 365`)
@Check('ck_followup_settings_file', `file_motion_days_before_deadline between 1 and 365`)
@Check('ck_followup_settings_escalate', `escalate_days_before_deadline between 1 and 365`)
@Check('ck_followup_settings_first_check', `first_service_check_court_days between 1 and 30`)
@Check('ck_followup_settings_every_check', `service_check_every_court_days between 1 and 30`)
@Check(
  'ck_followup_settings_extend',
  `extend_preliminary_court_days_before_hearing between 1 and 30`,
)
@Check('ck_followup_settings_medical', `medical_notice_reminder_days between 0 and 60`)
export class FollowupSettingsEntity {
  @PrimaryColumn({
    name: 'organisation_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_followup_settings',
  })
  organisationId!: string;

  @Column({ name: 'talk_to_client_days_before_expiry', type: 'integer', default: 60 })
  talkToClientDaysBeforeExpiry!: number;

  @Column({ name: 'file_motion_days_before_deadline', type: 'integer', default: 30 })
  fileMotionDaysBeforeDeadline!: number;

  @Column({ name: 'escalate_days_before_deadline', type: 'integer', default: 10 })
  escalateDaysBeforeDeadline!: number;

  @Column({ name: 'first_service_check_court_days', type: 'integer', default: 2 })
  firstServiceCheckCourtDays!: number;

  @Column({ name: 'service_check_every_court_days', type: 'integer', default: 3 })
  serviceCheckEveryCourtDays!: number;

  @Column({ name: 'extend_preliminary_court_days_before_hearing', type: 'integer', default: 2 })
  extendPreliminaryCourtDaysBeforeHearing!: number;

  @Column({ name: 'medical_notice_reminder_days', type: 'integer', default: 5 })
  medicalNoticeReminderDays!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;
}
