import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

import type { CaseNoticeKind } from '@haven/contracts';

import { CaseEntity } from '@api/case-files/case.entity';

/**
 * A task, warning or attorney-review flag the rules library raised for a case (not a dated
 * deadline), as its last recompute stored it, so the case page shows what needs a person without
 * recomputing the case on every read.
 */
@Entity({ name: 'case_notice' })
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_case_notice_case',
  onDelete: 'CASCADE',
})
@Check('ck_case_notice_kind', `kind in ('task', 'warning', 'attorney_review')`)
export class CaseNoticeEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid', primaryKeyConstraintName: 'pk_case_notice' })
  caseId!: string;

  /** The notice's place in the library's answer, which the page keeps within each kind. */
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_case_notice' })
  position!: number;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  kind!: CaseNoticeKind;

  @Column({ name: 'rule_id', type: 'text' })
  ruleId!: string;

  @Column({ name: 'rule_version', type: 'text' })
  ruleVersion!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  citation!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  assumptions!: string[];

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ name: 'hearing_id', type: 'uuid', nullable: true })
  hearingId!: string | null;

  @Column({ name: 'violation_id', type: 'uuid', nullable: true })
  violationId!: string | null;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}
