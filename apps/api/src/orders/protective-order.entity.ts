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

import type { CourtKind, OrderKind, OrderStatus, ReliefCode } from '@haven/contracts';

import { CaseEntity } from '@api/case-files/case.entity';

/** One order; an extended, reissued or following order is a new row pointing at its parent. */
@Entity({ name: 'protective_order' })
@Index('uq_protective_order_motion_extension', ['parentOrderId'], {
  unique: true,
  where: "extension_of = 'motion_to_extend'",
})
@Index('ix_protective_order_case', ['caseId'])
@Index('ix_protective_order_parent', ['parentOrderId'])
// Funder reports read orders by the day they were issued or dissolved (issue 15).
@Index('ix_protective_order_org_issued', ['organisationId', 'issuedOn'])
@Index('ix_protective_order_org_dissolved', ['organisationId', 'dissolvedOn'], {
  where: 'dissolved_on is not null',
})
@Unique('uq_protective_order_id_org', ['id', 'organisationId'])
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_protective_order_case',
  onDelete: 'CASCADE',
})
@ForeignKey(
  () => ProtectiveOrderEntity,
  ['parentOrderId', 'organisationId'],
  ['id', 'organisationId'],
  { name: 'fk_protective_order_parent', onDelete: 'RESTRICT' },
)
@Check(
  'ck_protective_order_kind',
  `kind in ('FA_EPO', 'FA_PPO', 'FA_PO', 'AOV_EPO', 'AOV_PPO', 'AOV_PO', 'ESRO', 'FSRO', 'OOS')`,
)
@Check(
  'ck_protective_order_court_kind',
  `issuing_court_kind in ('JDR', 'GDC', 'CIRCUIT', 'MAGISTRATE')`,
)
@Check(
  'ck_protective_order_status',
  `status in ('granted', 'served', 'extended', 'dissolved', 'expired', 'superseded')`,
)
@Check(
  'ck_protective_order_extension_of',
  `extension_of in ('incapacity', 'unserved', 'motion_to_extend')`,
)
@Check(
  'ck_protective_order_expiry_after_issue',
  `stated_expiry_on is null or stated_expiry_on >= issued_on`,
)
@Check('ck_protective_order_served_after_issue', `served_on is null or served_on >= issued_on`)
@Check('ck_protective_order_out_of_state', `(kind = 'OOS') = (issuing_state is not null)`)
@Check('ck_protective_order_dissolved', `(status = 'dissolved') = (dissolved_on is not null)`)
@Check(
  'ck_protective_order_extension_parent',
  `extension_of is null or parent_order_id is not null`,
)
@Check('ck_protective_order_not_own_parent', `parent_order_id is null or parent_order_id <> id`)
@Check(
  'ck_protective_order_prior_finding',
  `kind = 'FA_PO' or (prior_fa_order_finding = false and prior_fa_order_issued_on is null)`,
)
export class ProtectiveOrderEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_protective_order' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  kind!: OrderKind;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  @Column({ name: 'issued_time', type: 'time', nullable: true })
  issuedTime!: string | null;

  @Column({ name: 'issuing_court_id', type: 'text' })
  issuingCourtId!: string;

  @Column({ name: 'issuing_court_kind', type: 'text' })
  issuingCourtKind!: CourtKind;

  @Column({ name: 'issuing_locality', type: 'text' })
  issuingLocality!: string;

  @Column({ name: 'stated_expiry_on', type: 'date', nullable: true })
  statedExpiryOn!: string | null;

  @Column({ name: 'stated_expiry_time', type: 'time', nullable: true })
  statedExpiryTime!: string | null;

  @Column({ name: 'stated_expiry_override_reason', type: 'text', nullable: true })
  statedExpiryOverrideReason!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  reliefs!: ReliefCode[];

  @Column({ name: 'served_on', type: 'date', nullable: true })
  servedOn!: string | null;

  @Column({ name: 'served_time', type: 'time', nullable: true })
  servedTime!: string | null;

  @Column({ type: 'text', default: 'granted' })
  status!: OrderStatus;

  @Column({ name: 'parent_order_id', type: 'uuid', nullable: true })
  parentOrderId!: string | null;

  @Column({ name: 'extension_of', type: 'text', nullable: true })
  extensionOf!: 'incapacity' | 'unserved' | 'motion_to_extend' | null;

  @Column({ name: 'protects_minor_against_parent', type: 'boolean', default: false })
  protectsMinorAgainstParent!: boolean;

  @Column({ name: 'petitioner_household_at_initial', type: 'boolean', nullable: true })
  petitionerHouseholdAtInitial!: boolean | null;

  /** R10 version 2 (FA_PO only): the court found a previous family-abuse order within 10 years. */
  @Column({ name: 'prior_fa_order_finding', type: 'boolean', default: false })
  priorFaOrderFinding!: boolean;

  /** R10 (FA_PO only): the previous order's issue date, when known. */
  @Column({ name: 'prior_fa_order_issued_on', type: 'date', nullable: true })
  priorFaOrderIssuedOn!: string | null;

  @Column({ name: 'issuing_state', type: 'text', nullable: true })
  issuingState!: string | null;

  @Column({ name: 'registered_on', type: 'date', nullable: true })
  registeredOn!: string | null;

  @Column({ name: 'registered_court_id', type: 'text', nullable: true })
  registeredCourtId!: string | null;

  @Column({ name: 'dissolved_on', type: 'date', nullable: true })
  dissolvedOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
