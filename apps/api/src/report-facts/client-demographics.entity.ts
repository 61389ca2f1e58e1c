import { Check, Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import type { AgeBand, Gender, RaceEthnicity, Reported } from '@haven/contracts';

import { ClientEntity } from '@api/parties/client.entity';

const REPORTED = `in ('yes', 'no', 'not_reported')`;

/** A client's demographics; every field may stay "not reported" (funder-reports.md). */
@Entity({ name: 'client_demographics' })
@ForeignKey(() => ClientEntity, ['clientId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_client_demographics_client',
  onDelete: 'CASCADE',
})
@Check(
  'ck_client_demographics_race',
  `race_ethnicity <@ array['american_indian_alaska_native', 'asian', 'black_african_american',
    'hispanic_latino', 'middle_eastern_north_african', 'native_hawaiian_pacific_islander', 'white',
    'other']::text[]`,
)
@Check(
  'ck_client_demographics_gender',
  `gender in ('woman', 'man', 'non_binary', 'other', 'not_reported')`,
)
@Check(
  'ck_client_demographics_age',
  `age_band in ('0_12', '13_17', '18_24', '25_59', '60_plus', 'not_reported')`,
)
@Check('ck_client_demographics_disability', `disability ${REPORTED}`)
@Check('ck_client_demographics_deaf_hard_of_hearing', `deaf_hard_of_hearing ${REPORTED}`)
@Check('ck_client_demographics_limited_english', `limited_english ${REPORTED}`)
@Check('ck_client_demographics_immigrant_refugee_asylum', `immigrant_refugee_asylum ${REPORTED}`)
@Check('ck_client_demographics_rural', `rural ${REPORTED}`)
@Check('ck_client_demographics_homeless', `homeless ${REPORTED}`)
@Check('ck_client_demographics_lgbtq', `lgbtq ${REPORTED}`)
@Check('ck_client_demographics_veteran', `veteran ${REPORTED}`)
export class ClientDemographicsEntity {
  @PrimaryColumn({
    name: 'client_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_client_demographics',
  })
  clientId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'race_ethnicity', type: 'text', array: true, default: () => "'{}'" })
  raceEthnicity!: RaceEthnicity[];

  @Column({ type: 'text', default: 'not_reported' })
  gender!: Gender;

  @Column({ name: 'age_band', type: 'text', default: 'not_reported' })
  ageBand!: AgeBand;

  @Column({ type: 'text', default: 'not_reported' })
  disability!: Reported;

  @Column({ name: 'deaf_hard_of_hearing', type: 'text', default: 'not_reported' })
  deafHardOfHearing!: Reported;

  @Column({ name: 'limited_english', type: 'text', default: 'not_reported' })
  limitedEnglish!: Reported;

  @Column({ name: 'immigrant_refugee_asylum', type: 'text', default: 'not_reported' })
  immigrantRefugeeAsylum!: Reported;

  @Column({ type: 'text', default: 'not_reported' })
  rural!: Reported;

  @Column({ type: 'text', default: 'not_reported' })
  homeless!: Reported;

  @Column({ type: 'text', default: 'not_reported' })
  lgbtq!: Reported;

  @Column({ type: 'text', default: 'not_reported' })
  veteran!: Reported;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
