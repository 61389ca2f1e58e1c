import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

import type { NotServedReason, Victimisation } from '@haven/contracts';

import { FundingSourceEntity } from '@api/funding/funding-source.entity';
import { OrganisationEntity } from '@api/users/organisation.entity';
import { UserEntity } from '@api/users/user.entity';

/**
 * Someone who sought services and was turned away (a conflict, capacity, outside the area…). It
 * holds no name or contact: a person the organisation does not serve is only counted (OVW's
 * "seeking services but not served"), and keeping less is safer for them.
 */
@Entity({ name: 'intake_decline' })
@Index('ix_intake_decline_org_declined', ['organisationId', 'declinedOn'])
@ForeignKey(() => OrganisationEntity, ['organisationId'], ['id'], {
  name: 'fk_intake_decline_organisation',
  onDelete: 'RESTRICT',
})
@ForeignKey(
  () => FundingSourceEntity,
  ['fundingSourceId', 'organisationId'],
  ['id', 'organisationId'],
  { name: 'fk_intake_decline_source', onDelete: 'RESTRICT' },
)
@ForeignKey(() => UserEntity, ['recordedBy'], ['id'], {
  name: 'fk_intake_decline_recorded_by',
  onDelete: 'SET NULL',
})
@Check(
  'ck_intake_decline_reason',
  `reason in ('conflict_of_interest', 'outside_service_area', 'program_capacity',
    'did_not_meet_criteria', 'declined_services', 'other')`,
)
@Check(
  'ck_intake_decline_victimisations',
  `victimisations <@ array['domestic_violence', 'dating_violence', 'family_violence',
    'sexual_assault', 'stalking_harassment', 'other']::text[]`,
)
export class IntakeDeclineEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_intake_decline' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'declined_on', type: 'date' })
  declinedOn!: string;

  @Column({ type: 'text' })
  reason!: NotServedReason;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  victimisations!: Victimisation[];

  @Column({ name: 'funding_source_id', type: 'uuid', nullable: true })
  fundingSourceId!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
