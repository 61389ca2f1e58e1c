import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

import type { Funder } from '@haven/contracts';

import { OrganisationEntity } from '@api/users/organisation.entity';

/** A grant or other source that pays for the organisation's work (issue 15). */
@Entity({ name: 'funding_source' })
@Index('uq_funding_source_org_name', ['organisationId', 'name'], { unique: true })
// Case and activity funding rows reference (id, organisation id), so none points across tenants.
@Unique('uq_funding_source_id_org', ['id', 'organisationId'])
@ForeignKey(() => OrganisationEntity, ['organisationId'], ['id'], {
  name: 'fk_funding_source_organisation',
  onDelete: 'RESTRICT',
})
@Check('ck_funding_source_funder', `funder in ('LSC', 'OVW', 'VOCA', 'VA_DCJS', 'OTHER')`)
@Check('ck_funding_source_name', `length(trim(name)) > 0`)
@Check('ck_funding_source_dates', `ends_on is null or ends_on >= starts_on`)
export class FundingSourceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_funding_source' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  funder!: Funder;

  @Column({ name: 'grant_number', type: 'text', nullable: true })
  grantNumber!: string | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
