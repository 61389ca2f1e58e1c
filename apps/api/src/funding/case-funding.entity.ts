import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

import { CaseEntity } from '@api/case-files/case.entity';

import { FundingSourceEntity } from './funding-source.entity';

/** A funding source that paid for a case's work, from `startsOn` to `endsOn` (open when null). */
@Entity({ name: 'case_funding' })
@Index('ix_case_funding_source', ['fundingSourceId'])
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_case_funding_case',
  onDelete: 'CASCADE',
})
@ForeignKey(
  () => FundingSourceEntity,
  ['fundingSourceId', 'organisationId'],
  ['id', 'organisationId'],
  { name: 'fk_case_funding_source', onDelete: 'RESTRICT' },
)
@Check('ck_case_funding_dates', `ends_on is null or ends_on >= starts_on`)
export class CaseFundingEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid', primaryKeyConstraintName: 'pk_case_funding' })
  caseId!: string;

  @PrimaryColumn({
    name: 'funding_source_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_case_funding',
  })
  fundingSourceId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;
}
