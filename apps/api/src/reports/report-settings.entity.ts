import { Check, Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { OrganisationEntity } from '@api/users/organisation.entity';
import { UserEntity } from '@api/users/user.entity';

/**
 * An organisation's report settings. No row means the default: counts under 5 are shown as "<5"
 * (security-checks E5), because in a small rural organisation a count of 1 can name the person.
 */
@Entity({ name: 'report_settings' })
@ForeignKey(() => OrganisationEntity, ['organisationId'], ['id'], {
  name: 'fk_report_settings_organisation',
  onDelete: 'CASCADE',
})
@ForeignKey(() => UserEntity, ['updatedBy'], ['id'], {
  name: 'fk_report_settings_updated_by',
  onDelete: 'SET NULL',
})
@Check('ck_report_settings_threshold', `small_count_threshold between 0 and 50`)
export class ReportSettingsEntity {
  @PrimaryColumn({
    name: 'organisation_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_report_settings',
  })
  organisationId!: string;

  @Column({ name: 'small_count_threshold', type: 'integer', default: 5 })
  smallCountThreshold!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;
}
