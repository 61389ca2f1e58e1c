import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

import type { CourtKind, OrderKind } from '@haven/contracts';

import { CaseEntity } from '@api/case-files/case.entity';

@Entity({ name: 'petition' })
@Index('ix_petition_case', ['caseId'])
@Unique('uq_petition_id_org', ['id', 'organisationId'])
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_petition_case',
  onDelete: 'CASCADE',
})
@Check(
  'ck_petition_order_kind',
  `order_kind_sought in ('FA_EPO', 'FA_PPO', 'FA_PO', 'AOV_EPO', 'AOV_PPO', 'AOV_PO', 'ESRO', 'FSRO', 'OOS')`,
)
@Check('ck_petition_court_kind', `court_kind in ('JDR', 'GDC', 'CIRCUIT', 'MAGISTRATE')`)
export class PetitionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_petition' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'order_kind_sought', type: 'text' })
  orderKindSought!: OrderKind;

  @Column({ name: 'filed_on', type: 'date' })
  filedOn!: string;

  @Column({ name: 'court_id', type: 'text' })
  courtId!: string;

  @Column({ name: 'court_kind', type: 'text' })
  courtKind!: CourtKind;

  @Column({ name: 'court_locality', type: 'text' })
  courtLocality!: string;

  @Column({ name: 'court_case_number', type: 'text', nullable: true })
  courtCaseNumber!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
