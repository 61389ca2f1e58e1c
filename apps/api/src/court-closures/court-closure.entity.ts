import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { OrganisationEntity } from '@api/users/organisation.entity';
import { UserEntity } from '@api/users/user.entity';

/** A closure the calendar cannot derive, entered with its authority; no courts nor localities = statewide. */
@Entity({ name: 'court_closure' })
@Index('ix_court_closure_org_date', ['organisationId', 'closedOn'])
@ForeignKey(() => OrganisationEntity, ['organisationId'], ['id'], {
  name: 'fk_court_closure_organisation',
  onDelete: 'CASCADE',
})
@ForeignKey(() => UserEntity, ['createdBy'], ['id'], {
  name: 'fk_court_closure_created_by',
  onDelete: 'SET NULL',
})
@Check(
  'ck_court_closure_kind',
  `kind in ('governor_or_president_day', 'clerk_closure', 'court_closure')`,
)
@Check('ck_court_closure_authority', `length(trim(authority)) > 0`)
@Check('ck_court_closure_courts', `court_ids is null or cardinality(court_ids) > 0`)
@Check('ck_court_closure_localities', `locality_ids is null or cardinality(locality_ids) > 0`)
export class CourtClosureEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_court_closure' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'closed_on', type: 'date' })
  closedOn!: string;

  @Column({ name: 'court_ids', type: 'text', array: true, nullable: true })
  courtIds!: string[] | null;

  /** Closed localities (court directory): each stands for every court that serves it. */
  @Column({ name: 'locality_ids', type: 'text', array: true, nullable: true })
  localityIds!: string[] | null;

  @Column({ name: 'all_day', type: 'boolean', default: true })
  allDay!: boolean;

  @Column({ type: 'text' })
  kind!: 'governor_or_president_day' | 'clerk_closure' | 'court_closure';

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  authority!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
