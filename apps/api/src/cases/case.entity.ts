import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import type { CaseStage, OrderKind } from '@haven/contracts';

import { OrganisationEntity } from '@api/users/organisation.entity';
import { UserEntity } from '@api/users/user.entity';

@Entity({ name: 'case_file' })
@Index('uq_case_file_org_reference', ['organisationId', 'reference'], { unique: true })
@Index('ix_case_file_org_created', ['organisationId', 'createdAt', 'id'])
@Index('ix_case_file_advocate', ['assignedAdvocateId'])
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_case_file' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_case_file_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ name: 'client_name', type: 'text' })
  clientName!: string;

  @Column({ name: 'respondent_name', type: 'text' })
  respondentName!: string;

  @Column({ type: 'text' })
  stage!: CaseStage;

  @Column({ name: 'order_kind', type: 'text', nullable: true })
  orderKind!: OrderKind | null;

  @Column({ name: 'assigned_advocate_id', type: 'uuid', nullable: true })
  assignedAdvocateId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assigned_advocate_id', foreignKeyConstraintName: 'fk_case_file_advocate' })
  assignedAdvocate?: UserEntity | null;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
