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

import type { CourtKind, MilitaryCommand, OrderKind } from '@haven/contracts';

import { CaseEntity } from '@api/case-files/case.entity';

@Entity({ name: 'petition' })
@Index('ix_petition_case', ['caseId'])
// Funder reports read petitions by the day they were filed (issue 15).
@Index('ix_petition_org_filed', ['organisationId', 'filedOn'])
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
@Check(
  'ck_petition_mpo',
  `(mpo_issuing_command is null) = (mpo_issued_on is null)
        and (mpo_issuing_command is not null or mpo_entered_in_ncic is null)
        and (mpo_issuing_command is null or mpo_issuing_command in
          ('us_armed_forces', 'virginia_national_guard', 'other_state_national_guard'))`,
)
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

  /** R09a: who issued the Military Protective Order the petition rests on, if it does. */
  @Column({ name: 'mpo_issuing_command', type: 'text', nullable: true })
  mpoIssuingCommand!: MilitaryCommand | null;

  @Column({ name: 'mpo_issued_on', type: 'date', nullable: true })
  mpoIssuedOn!: string | null;

  @Column({ name: 'mpo_entered_in_ncic', type: 'boolean', nullable: true })
  mpoEnteredInNcic!: boolean | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
