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

import type { ServiceActivityKind } from '@haven/contracts';

import { CaseEntity } from '@api/case-files/case.entity';
import { UserEntity } from '@api/users/user.entity';

/** One service given on a case: what, when, how long and by whom (issue 15). */
@Entity({ name: 'service_activity' })
@Index('ix_service_activity_case', ['caseId'])
@Index('ix_service_activity_org_performed', ['organisationId', 'performedOn'])
@Unique('uq_service_activity_id_org', ['id', 'organisationId'])
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_service_activity_case',
  onDelete: 'CASCADE',
})
@ForeignKey(() => UserEntity, ['performedBy'], ['id'], {
  name: 'fk_service_activity_performed_by',
  onDelete: 'SET NULL',
})
@Check(
  'ck_service_activity_kind',
  `kind in ('advice', 'brief_service', 'petition_drafted', 'hearing_accompaniment',
    'representation_at_hearing', 'safety_planning', 'information', 'referral',
    'family_law_assistance', 'immigration_assistance', 'emotional_support', 'other')`,
)
@Check('ck_service_activity_minutes', `minutes between 0 and 1440`)
export class ServiceActivityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_service_activity' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  kind!: ServiceActivityKind;

  @Column({ name: 'performed_on', type: 'date' })
  performedOn!: string;

  @Column({ type: 'integer' })
  minutes!: number;

  @Column({ name: 'performed_by', type: 'uuid', nullable: true })
  performedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
