import { Check, Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import type { LegalIssue, NotServedReason, ServiceStatus, Victimisation } from '@haven/contracts';

import { CaseEntity } from '@api/case-files/case.entity';

/** What a case records only for the funders; no row means nothing reported yet. */
@Entity({ name: 'case_report_facts' })
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_case_report_facts_case',
  onDelete: 'CASCADE',
})
@Check(
  'ck_case_report_facts_victimisations',
  `victimisations <@ array['domestic_violence', 'dating_violence', 'family_violence',
    'sexual_assault', 'stalking_harassment', 'other']::text[]`,
)
@Check(
  'ck_case_report_facts_legal_issues',
  `legal_issues <@ array['protection_order', 'divorce', 'custody_visitation', 'child_support',
    'housing', 'immigration', 'public_benefits', 'employment', 'criminal_court_advocacy',
    'other']::text[]`,
)
@Check(
  'ck_case_report_facts_status',
  `service_status in ('served', 'partially_served', 'not_served')`,
)
@Check(
  'ck_case_report_facts_reason',
  `not_served_reason in ('conflict_of_interest', 'outside_service_area', 'program_capacity',
    'did_not_meet_criteria', 'declined_services', 'other')`,
)
@Check(
  'ck_case_report_facts_reason_when_not_served',
  `(service_status = 'not_served') = (not_served_reason is not null)`,
)
export class CaseReportFactsEntity {
  @PrimaryColumn({
    name: 'case_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_case_report_facts',
  })
  caseId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  victimisations!: Victimisation[];

  @Column({ name: 'legal_issues', type: 'text', array: true, default: () => "'{}'" })
  legalIssues!: LegalIssue[];

  @Column({ name: 'service_status', type: 'text', nullable: true })
  serviceStatus!: ServiceStatus | null;

  @Column({ name: 'not_served_reason', type: 'text', nullable: true })
  notServedReason!: NotServedReason | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
