import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { CourtKind, OrderKind } from '@haven/contracts';

@Entity({ name: 'petition' })
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
