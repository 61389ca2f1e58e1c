import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

import { FundingSourceEntity } from '@api/funding/funding-source.entity';

import { ServiceActivityEntity } from './service-activity.entity';

/** A funding source that paid for one activity: the activity counts under that funder only. */
@Entity({ name: 'service_activity_funding' })
@Index('ix_service_activity_funding_source', ['fundingSourceId'])
// A funder's activities, answered from the index alone (issue 15, bench:reports).
@Index('ix_service_activity_funding_source_org_activity', [
  'fundingSourceId',
  'organisationId',
  'activityId',
])
@ForeignKey(
  () => ServiceActivityEntity,
  ['activityId', 'organisationId'],
  ['id', 'organisationId'],
  { name: 'fk_service_activity_funding_activity', onDelete: 'CASCADE' },
)
@ForeignKey(
  () => FundingSourceEntity,
  ['fundingSourceId', 'organisationId'],
  ['id', 'organisationId'],
  { name: 'fk_service_activity_funding_source', onDelete: 'RESTRICT' },
)
export class ServiceActivityFundingEntity {
  @PrimaryColumn({
    name: 'activity_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_service_activity_funding',
  })
  activityId!: string;

  @PrimaryColumn({
    name: 'funding_source_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_service_activity_funding',
  })
  fundingSourceId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;
}
