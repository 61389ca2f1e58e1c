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

import { OrganisationEntity } from '@api/users/organisation.entity';

/** A prior conviction for violating a protective order (R18 item 6). */
export interface PriorConvictionRecord {
  convictedOn: string;
  basedOnActOrThreatOfViolence: boolean;
}

/** The person the order protects against. Address and description are encrypted. */
@Entity({ name: 'respondent' })
@Index('ix_respondent_org_name_key', ['organisationId', 'nameKey'])
@Index('ix_respondent_alias_keys', ['aliasKeys'], { type: 'gin' })
@Unique('uq_respondent_id_org', ['id', 'organisationId'])
@ForeignKey(() => OrganisationEntity, ['organisationId'], ['id'], {
  name: 'fk_respondent_organisation',
  onDelete: 'RESTRICT',
})
@Check('ck_respondent_name', `length(trim(full_name)) > 0`)
@Check(
  'ck_respondent_encrypted',
  `(address_enc is null or address_enc like 'v1:%') and
   (description_enc is null or description_enc like 'v1:%')`,
)
@Check('ck_respondent_prior_convictions', `jsonb_typeof(prior_convictions) = 'array'`)
export class RespondentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_respondent' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'name_key', type: 'text' })
  nameKey!: string;

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Column({ name: 'alias_keys', type: 'text', array: true, default: () => "'{}'" })
  aliasKeys!: string[];

  @Column({ name: 'address_enc', type: 'text', nullable: true, select: false })
  addressEnc!: string | null;

  @Column({ name: 'description_enc', type: 'text', nullable: true, select: false })
  descriptionEnc!: string | null;

  @Column({ name: 'known_firearms', type: 'boolean', default: false })
  knownFirearms!: boolean;

  @Column({ name: 'out_of_state_address', type: 'boolean', default: false })
  outOfStateAddress!: boolean;

  @Column({ name: 'prior_convictions', type: 'jsonb', default: () => "'[]'" })
  priorConvictions!: PriorConvictionRecord[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
