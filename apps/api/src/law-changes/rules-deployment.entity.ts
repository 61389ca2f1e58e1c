import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

import { OrganisationEntity } from '@api/users/organisation.entity';

/** The rule set (a RULE_SETS label of @haven/rules) an organisation's open cases were swept under. */
@Entity({ name: 'rules_deployment' })
@ForeignKey(() => OrganisationEntity, ['organisationId'], ['id'], {
  name: 'fk_rules_deployment_organisation',
  onDelete: 'CASCADE',
})
export class RulesDeploymentEntity {
  @PrimaryColumn({
    name: 'organisation_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_rules_deployment',
  })
  organisationId!: string;

  @Column({ name: 'rules_set', type: 'text' })
  rulesSet!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
