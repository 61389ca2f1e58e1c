import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { ClientEntity } from './client.entity';
import type { ClientSecretColumn, RespondentSecretColumn } from './confidential-fields';
import { RespondentEntity } from './respondent.entity';

// What the audited reveal selects for each sealed column: an allow-list, so the query builder is
// never handed a property path built from a value (security check C2).
const CLIENT_SECRET_SELECTS: Readonly<Record<ClientSecretColumn, string>> = {
  addressEnc: 'c.addressEnc',
  phoneEnc: 'c.phoneEnc',
  emailEnc: 'c.emailEnc',
  employerEnc: 'c.employerEnc',
  safeContactEnc: 'c.safeContactEnc',
};
const RESPONDENT_SECRET_SELECTS: Readonly<Record<RespondentSecretColumn, string>> = {
  addressEnc: 'r.addressEnc',
  descriptionEnc: 'r.descriptionEnc',
};

/** The select of a sealed column, refusing one the allow-list lacks (a caller past the types). */
function secretSelect(selects: Readonly<Record<string, string>>, column: string): string {
  const select = Object.hasOwn(selects, column) ? selects[column] : undefined;
  if (select === undefined) throw new Error(`not a sealed party column: ${column}`);
  return select;
}

/** A person as the conflict check sees them: normalised name, aliases, date of birth. */
export interface PartyKey {
  nameKey: string;
  aliasKeys: string[];
  dateOfBirth: string | null;
}

/** An existing party that matched, with the cases it appears in. */
export interface PartyMatch {
  role: 'client' | 'respondent';
  id: string;
  fullName: string;
  nameKey: string;
  aliasKeys: string[];
  dateOfBirth: string | null;
  caseReferences: string[];
}

// One fixed statement per role: table and column names are never built from input.
const MATCH_SQL = {
  client: `select p.id, p.full_name, p.name_key, p.alias_keys, p.date_of_birth::text as date_of_birth,
                  coalesce(array_agg(c.reference order by c.reference) filter (where c.id is not null), '{}') as refs
             from client p
             left join case_file c on c.client_id = p.id and c.organisation_id = p.organisation_id
            where p.organisation_id = $1 and (p.name_key = any($2::text[]) or p.alias_keys && $2::text[])
            group by p.id`,
  respondent: `select p.id, p.full_name, p.name_key, p.alias_keys, p.date_of_birth::text as date_of_birth,
                  coalesce(array_agg(c.reference order by c.reference) filter (where c.id is not null), '{}') as refs
             from respondent p
             left join case_file c on c.respondent_id = p.id and c.organisation_id = p.organisation_id
            where p.organisation_id = $1 and (p.name_key = any($2::text[]) or p.alias_keys && $2::text[])
            group by p.id`,
} as const;

@Injectable()
export class PartiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insertClient(
    manager: EntityManager,
    client: Partial<ClientEntity> &
      Pick<ClientEntity, 'id' | 'organisationId' | 'fullName' | 'nameKey'>,
  ): Promise<unknown> {
    return manager.getRepository(ClientEntity).insert(client);
  }

  insertRespondent(
    manager: EntityManager,
    respondent: Partial<RespondentEntity> &
      Pick<RespondentEntity, 'id' | 'organisationId' | 'fullName' | 'nameKey'>,
  ): Promise<unknown> {
    return manager.getRepository(RespondentEntity).insert(respondent);
  }

  /**
   * Existing clients or respondents of the organisation whose name or an alias matches any of the
   * candidate's names. Dates of birth are compared by the caller (a differing date clears a match).
   */
  async findByNames(
    organisationId: string,
    role: 'client' | 'respondent',
    keys: string[],
  ): Promise<PartyMatch[]> {
    if (keys.length === 0) return [];
    const rows = (await this.dataSource.query(MATCH_SQL[role], [organisationId, keys])) as Array<{
      id: string;
      full_name: string;
      name_key: string;
      alias_keys: string[];
      date_of_birth: string | null;
      refs: string[];
    }>;
    return rows.map((r) => ({
      role,
      id: r.id,
      fullName: r.full_name,
      nameKey: r.name_key,
      aliasKeys: r.alias_keys,
      dateOfBirth: r.date_of_birth,
      caseReferences: r.refs,
    }));
  }

  getClientNameOrNull(
    organisationId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<ClientEntity | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(ClientEntity)
      .findOneBy({ organisationId, id });
  }

  /** The only read of a client's sealed column; used by the audited reveal. */
  async getClientSecret(
    manager: EntityManager,
    organisationId: string,
    id: string,
    column: ClientSecretColumn,
  ): Promise<string | null> {
    const row = await manager
      .getRepository(ClientEntity)
      .createQueryBuilder('c')
      .select(secretSelect(CLIENT_SECRET_SELECTS, column), 'value')
      .where('c.organisationId = :organisationId and c.id = :id', { organisationId, id })
      .getRawOne<{ value: string | null }>();
    return row?.value ?? null;
  }

  /** The only read of a respondent's sealed column; used by the audited reveal. */
  async getRespondentSecret(
    manager: EntityManager,
    organisationId: string,
    id: string,
    column: RespondentSecretColumn,
  ): Promise<string | null> {
    const row = await manager
      .getRepository(RespondentEntity)
      .createQueryBuilder('r')
      .select(secretSelect(RESPONDENT_SECRET_SELECTS, column), 'value')
      .where('r.organisationId = :organisationId and r.id = :id', { organisationId, id })
      .getRawOne<{ value: string | null }>();
    return row?.value ?? null;
  }

  getRespondentOrNull(
    organisationId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<RespondentEntity | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(RespondentEntity)
      .findOneBy({ organisationId, id });
  }

  /** Writes a correction of a client's row; sealed columns arrive sealed. */
  async updateClient(
    manager: EntityManager,
    organisationId: string,
    id: string,
    values: Partial<ClientEntity>,
  ): Promise<void> {
    if (Object.keys(values).length === 0) return;
    await manager.getRepository(ClientEntity).update({ organisationId, id }, values);
  }

  /** Writes a correction of a respondent's row; sealed columns arrive sealed. */
  async updateRespondent(
    manager: EntityManager,
    organisationId: string,
    id: string,
    values: Partial<RespondentEntity>,
  ): Promise<void> {
    if (Object.keys(values).length === 0) return;
    await manager.getRepository(RespondentEntity).update({ organisationId, id }, values);
  }
}
