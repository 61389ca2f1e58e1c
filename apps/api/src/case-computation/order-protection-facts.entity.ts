import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

import type { OrderKind } from '@haven/contracts';

import { CaseEntity } from '@api/case-files/case.entity';

import type { ExpiringReason } from './order-protection-facts';

/**
 * What keeps one order's protection going, as its case's last recompute derived it
 * (toOrderProtectionFacts). The at-risk list starts from the three partial indexes: the orders
 * with an expiring risk by the day it falls due, the unserved final orders, and the lapses.
 */
@Entity({ name: 'order_protection_facts' })
@Index('ix_order_protection_facts_case', ['caseId'])
@Index(
  'ix_order_protection_facts_risk',
  ['organisationId', 'riskOn', 'riskTime', 'orderId', 'courtId'],
  { where: 'risk is not null' },
)
@Index(
  'ix_order_protection_facts_unserved',
  ['organisationId', 'issuedOn', 'orderId', 'unservedUntil'],
  { where: 'unserved_until is not null' },
)
@Index(
  'ix_order_protection_facts_lapse',
  ['organisationId', 'lapseOn', 'lapseTime', 'orderId', 'lapseUntil'],
  { where: 'lapse_on is not null' },
)
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_order_protection_facts_case',
  onDelete: 'CASCADE',
})
@Check(
  'ck_order_protection_facts_risk',
  `(risk is null) = (risk_on is null) and risk in ('final_order_expiring_without_motion', ` +
    `'preliminary_hearing_respondent_unserved', 'emergency_order_without_petition')`,
)
export class OrderProtectionFactsEntity {
  @PrimaryColumn({
    name: 'order_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_order_protection_facts',
  })
  orderId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  kind!: OrderKind;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  @Column({ name: 'court_id', type: 'text' })
  courtId!: string;

  @Column({ name: 'case_open', type: 'boolean' })
  caseOpen!: boolean;

  @Column({ type: 'boolean' })
  dissolved!: boolean;

  @Column({ type: 'boolean' })
  followed!: boolean;

  @Column({ name: 'has_motion', type: 'boolean' })
  hasMotion!: boolean;

  @Column({ type: 'boolean' })
  served!: boolean;

  @Column({ name: 'petition_since_issued', type: 'boolean' })
  petitionSinceIssued!: boolean;

  @Column({ type: 'text', nullable: true })
  risk!: ExpiringReason | null;

  @Column({ name: 'risk_on', type: 'date', nullable: true })
  riskOn!: string | null;

  @Column({ name: 'risk_time', type: 'time', nullable: true })
  riskTime!: string | null;

  @Column({ name: 'risk_hearing_id', type: 'uuid', nullable: true })
  riskHearingId!: string | null;

  @Column({ name: 'unserved_until', type: 'date', nullable: true })
  unservedUntil!: string | null;

  @Column({ name: 'lapse_on', type: 'date', nullable: true })
  lapseOn!: string | null;

  @Column({ name: 'lapse_time', type: 'time', nullable: true })
  lapseTime!: string | null;

  @Column({ name: 'lapse_until', type: 'date', nullable: true })
  lapseUntil!: string | null;

  @Column({ name: 'as_of', type: 'date' })
  asOf!: string;
}
