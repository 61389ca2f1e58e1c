import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A closure the calendar cannot derive, entered with its authority; null courts = statewide. */
@Entity({ name: 'court_closure' })
export class CourtClosureEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_court_closure' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'closed_on', type: 'date' })
  closedOn!: string;

  @Column({ name: 'court_ids', type: 'text', array: true, nullable: true })
  courtIds!: string[] | null;

  @Column({ name: 'all_day', type: 'boolean', default: true })
  allDay!: boolean;

  @Column({ type: 'text' })
  kind!: 'governor_or_president_day' | 'clerk_closure' | 'court_closure';

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  authority!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
