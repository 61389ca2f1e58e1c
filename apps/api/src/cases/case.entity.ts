import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import type { CaseStage, CourtKind, Relationship } from '@haven/contracts';

import type { ClientEntity } from '@api/parties/client.entity';
import type { RespondentEntity } from '@api/parties/respondent.entity';

import type { CaseAssignmentEntity } from './case-assignment.entity';

/**
 * A case: one survivor against one respondent, with the intake facts the rules library needs.
 * Related rows are joined explicitly in the repository (leftJoinAndMap…), not through relations.
 */
@Entity({ name: 'case_file' })
@Index('uq_case_file_org_reference', ['organisationId', 'reference'], { unique: true })
@Index('ix_case_file_org_created', ['organisationId', 'createdAt', 'id'])
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_case_file' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ name: 'respondent_id', type: 'uuid' })
  respondentId!: string;

  @Column({ type: 'text' })
  stage!: CaseStage;

  @Column({ name: 'order_kind', type: 'text', nullable: true })
  orderKind!: string | null;

  @Column({ type: 'text', nullable: true })
  relationship!: Relationship | null;

  @Column({ name: 'lives_with_respondent', type: 'boolean', default: false })
  livesWithRespondent!: boolean;

  @Column({ name: 'cohabitation_ended_on', type: 'date', nullable: true })
  cohabitationEndedOn!: string | null;

  @Column({ name: 'last_act_on', type: 'date', nullable: true })
  lastActOn!: string | null;

  @Column({ name: 'petitioner_is_minor', type: 'boolean', default: false })
  petitionerIsMinor!: boolean;

  @Column({ name: 'respondent_is_parent_or_guardian', type: 'boolean', default: false })
  respondentIsParentOrGuardian!: boolean;

  @Column({ name: 'has_medical_evidence', type: 'boolean', default: false })
  hasMedicalEvidence!: boolean;

  @Column({ name: 'venue_locality', type: 'text', nullable: true })
  venueLocality!: string | null;

  @Column({ name: 'court_id', type: 'text', nullable: true })
  courtId!: string | null;

  @Column({ name: 'court_kind', type: 'text', nullable: true })
  courtKind!: CourtKind | null;

  @Column({ name: 'lsc_problem_code', type: 'text', nullable: true })
  lscProblemCode!: string | null;

  @Column({ name: 'lsc_closing_code', type: 'text', nullable: true })
  lscClosingCode!: string | null;

  @Column({ name: 'conflict_override_reason', type: 'text', nullable: true })
  conflictOverrideReason!: string | null;

  @Column({ name: 'conflict_override_by', type: 'uuid', nullable: true })
  conflictOverrideBy!: string | null;

  @Column({ name: 'conflict_override_at', type: 'timestamptz', nullable: true })
  conflictOverrideAt!: Date | null;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  /** The earliest open deadline, kept with the deadlines so caseloads can sort by it. */
  @Column({ name: 'next_due_on', type: 'date', nullable: true })
  nextDueOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Joined by the repository when a view needs it. */
  client?: ClientEntity;
  respondent?: RespondentEntity;
  assignments?: CaseAssignmentEntity[];
}
