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

import type { CaseStage, CourtKind, Relationship } from '@haven/contracts';

import { ClientEntity } from '@api/parties/client.entity';
import { RespondentEntity } from '@api/parties/respondent.entity';
import { OrganisationEntity } from '@api/users/organisation.entity';
import { UserEntity } from '@api/users/user.entity';

/**
 * A case: one survivor against one respondent, with the intake facts the rules library needs.
 * Related rows are joined explicitly in the repository (leftJoinAndMap…), not through relations.
 */
@Entity({ name: 'case_file' })
// The caseload's sort indexes carry the search text (INCLUDE), so a broad search walks index
// pages only; TypeORM cannot name INCLUDE columns (migrations 1795690000001 and 1795690000002).
@Index('ix_case_file_org_next_due', { synchronize: false })
@Index('uq_case_file_org_reference', ['organisationId', 'reference'], { unique: true })
@Index('ix_case_file_org_created', { synchronize: false })
@Index('ix_case_file_client', ['clientId'])
@Index('ix_case_file_respondent', ['respondentId'])
// The caseload's due-soon summary counts only cases with something due (issue 18).
@Index('ix_case_file_org_due_soon', ['organisationId', 'nextDueOn'], {
  where: 'next_due_on is not null',
})
// Trigram index of the search text, used through case_search_ids (migration 1795690000000).
@Index('ix_case_file_search_trgm', { synchronize: false })
// Child rows reference (case id, organisation id), so a row can never point across tenants.
@Unique('uq_case_file_id_org', ['id', 'organisationId'])
@ForeignKey(() => OrganisationEntity, ['organisationId'], ['id'], {
  name: 'fk_case_file_organisation',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => ClientEntity, ['clientId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_case_file_client',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => RespondentEntity, ['respondentId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_case_file_respondent',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => UserEntity, ['conflictOverrideBy'], ['id'], {
  name: 'fk_case_file_override_by',
  onDelete: 'SET NULL',
})
@Check(
  'ck_case_file_stage',
  `stage in ('intake', 'petition_filed', 'awaiting_service', 'hearing_scheduled',
    'order_in_effect', 'extension_pending', 'order_ended', 'closed')`,
)
@Check(
  'ck_case_file_order_kind',
  `order_kind in ('FA_EPO', 'FA_PPO', 'FA_PO', 'AOV_EPO', 'AOV_PPO', 'AOV_PO', 'ESRO', 'FSRO', 'OOS')`,
)
@Check('ck_case_file_closed_after_opened', `closed_on is null or closed_on >= opened_on`)
@Check('ck_case_file_court_kind', `court_kind in ('JDR', 'GDC', 'CIRCUIT', 'MAGISTRATE')`)
@Check(
  'ck_case_file_relationship',
  `relationship in ('spouse', 'former_spouse', 'parent', 'child', 'stepparent', 'stepchild',
    'brother', 'sister', 'half_brother', 'half_sister', 'grandchild', 'grandparent',
    'mother_in_law', 'father_in_law', 'son_in_law', 'daughter_in_law', 'brother_in_law',
    'sister_in_law', 'child_in_common', 'cohabitant', 'former_cohabitant',
    'cohabitants_child_in_home', 'none')`,
)
@Check(
  'ck_case_file_override_complete',
  `(conflict_override_reason is null) = (conflict_override_at is null)`,
)
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

  /**
   * next_due_on, or 9999-12-31 when nothing is due: the next-deadline sort key, set by a trigger
   * (migration 1795690000002). A column, not an expression: COALESCE is not leakproof, so under
   * row-level security a keyset condition on it could not start the index range.
   */
  @Column({ name: 'next_due_key', type: 'date', select: false })
  nextDueKey!: string;

  /**
   * Reference and parties' names, lower-cased, that the caseload search matches; written by
   * triggers from the case and its parties (migration 1795690000000), never by the application.
   */
  @Column({ name: 'search_text', type: 'text', default: '', select: false })
  searchText!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
