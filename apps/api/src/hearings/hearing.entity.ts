import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

import type { HearingKind, HearingOutcome } from '@haven/contracts';

/** A hearing; a continuance closes it with outcome `continued` and opens the next one. */
@Entity({ name: 'hearing' })
@Unique('uq_hearing_continued_from', ['continuedFromId'])
export class HearingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_hearing' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ type: 'text' })
  kind!: HearingKind;

  @Column({ name: 'scheduled_on', type: 'date' })
  scheduledOn!: string;

  /** 'HH:MM:SS' as PostgreSQL returns it; null when the court gave no time. */
  @Column({ name: 'scheduled_time', type: 'time', nullable: true })
  scheduledTime!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: HearingOutcome | null;

  @Column({ name: 'held_on', type: 'date', nullable: true })
  heldOn!: string | null;

  @Column({ name: 'continued_from_id', type: 'uuid', nullable: true })
  continuedFromId!: string | null;

  @Column({ name: 'continuance_reason', type: 'text', nullable: true })
  continuanceReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
