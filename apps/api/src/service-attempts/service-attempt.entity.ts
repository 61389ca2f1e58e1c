import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { ServiceMethod, ServiceOutcome, ServedBy } from '@haven/contracts';

@Entity({ name: 'service_attempt' })
export class ServiceAttemptEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_service_attempt' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'attempted_on', type: 'date' })
  attemptedOn!: string;

  @Column({ name: 'attempted_time', type: 'time', nullable: true })
  attemptedTime!: string | null;

  @Column({ name: 'served_by', type: 'text' })
  servedBy!: ServedBy;

  @Column({ type: 'text' })
  method!: ServiceMethod;

  @Column({ type: 'text' })
  outcome!: ServiceOutcome;

  /** Encrypted: process servers' notes often hold where the respondent was found. */
  @Column({ name: 'notes_enc', type: 'text', nullable: true, select: false })
  notesEnc!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
