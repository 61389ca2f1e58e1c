import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

import type { ViolationActCode, ViolationActionTaken } from '@haven/contracts';
import type { ViolationClassification } from '@haven/rules';

import { CaseEntity } from '@api/case-files/case.entity';
import { ProtectiveOrderEntity } from '@api/orders/protective-order.entity';

/** A violation of an order; the narrative is encrypted (context `violation:<id>:narrative`). */
@Entity({ name: 'violation' })
@Index('ix_violation_case', ['caseId'])
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_violation_case',
  onDelete: 'CASCADE',
})
@ForeignKey(() => ProtectiveOrderEntity, ['orderId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_violation_order',
  onDelete: 'CASCADE',
})
@Check(
  'ck_violation_acts',
  `cardinality(acts) > 0 and acts <@ array['entered_premises', 'family_abuse', 'criminal_offense',
    'contact', 'furtive_entry_present', 'furtive_entry_remained', 'assault_battery_bodily_injury',
    'stalking', 'knowingly_armed', 'other_provision', 'failed_to_report_address_change']::text[]`,
)
@Check(
  'ck_violation_actions',
  `actions_taken <@ array['police_report', 'violation_petition', 'contempt']::text[]`,
)
@Check('ck_violation_narrative_encrypted', `narrative_enc is null or narrative_enc like 'v1:%'`)
export class ViolationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_violation' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Column({ name: 'occurred_time', type: 'time', nullable: true })
  occurredTime!: string | null;

  @Column({ type: 'text', array: true })
  acts!: ViolationActCode[];

  @Column({ name: 'based_on_violence', type: 'boolean', default: false })
  basedOnViolence!: boolean;

  @Column({ name: 'police_report_number', type: 'text', nullable: true })
  policeReportNumber!: string | null;

  @Column({ name: 'officer_name', type: 'text', nullable: true })
  officerName!: string | null;

  @Column({ name: 'officer_badge', type: 'text', nullable: true })
  officerBadge!: string | null;

  @Column({ name: 'actions_taken', type: 'text', array: true, default: () => "'{}'" })
  actionsTaken!: ViolationActionTaken[];

  @Column({ name: 'criminal_prosecution', type: 'boolean', default: false })
  criminalProsecution!: boolean;

  /** The rules library's potential classification at the time of recording (R18–R21). */
  @Column({ type: 'jsonb' })
  classification!: ViolationClassification;

  @Column({ name: 'narrative_enc', type: 'text', nullable: true, select: false })
  narrativeEnc!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
