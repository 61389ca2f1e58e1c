import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Which follow-ups belong to an organisation: the dashboard's only read of PostgreSQL. */
@Injectable()
export class QueueStatusRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The ids among `followupIds` of the organisation's follow-ups (others are simply absent). */
  async findFollowupIdsInOrganisation(
    organisationId: string,
    followupIds: readonly string[],
  ): Promise<Set<string>> {
    if (followupIds.length === 0) return new Set();
    // One array parameter, not one parameter per id: a busy queue lists more ids than the
    // 65,535 bind parameters PostgreSQL allows in a statement.
    const rows = (await this.dataSource.query(
      `select id from followup where organisation_id = $1 and id = any($2::uuid[])`,
      [organisationId, followupIds],
    )) as Array<{ id: string }>;
    return new Set(rows.map((row) => row.id));
  }
}
