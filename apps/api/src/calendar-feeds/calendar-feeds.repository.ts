import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface FeedRow {
  id: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** What a token hash resolves to, revoked or not (both answer the same way to the caller). */
export interface FeedOwner {
  feedId: string;
  userId: string;
  organisationId: string;
  revoked: boolean;
}

export interface FeedUser {
  role: string;
  disabled: boolean;
}

/** The calendar_feed table (migration 1795550000000): hashes of tokens, never tokens. */
@Injectable()
export class CalendarFeedsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    organisationId: string,
    userId: string,
    tokenHash: string,
    at: Date,
  ): Promise<FeedRow> {
    const [row] = (await manager.query(
      `insert into calendar_feed (organisation_id, user_id, token_hash, created_at)
       values ($1, $2, $3, $4)
       returning id, created_at as "createdAt", last_used_at as "lastUsedAt"`,
      [organisationId, userId, tokenHash, at],
    )) as FeedRow[];
    if (!row) throw new Error('calendar feed insert returned no row');
    return row;
  }

  findLiveByUser(organisationId: string, userId: string): Promise<FeedRow[]> {
    return this.dataSource.query(
      `select id, created_at as "createdAt", last_used_at as "lastUsedAt"
         from calendar_feed
        where organisation_id = $1 and user_id = $2 and revoked_at is null
        order by created_at desc, id`,
      [organisationId, userId],
    ) as Promise<FeedRow[]>;
  }

  /** True when a live feed of this user was revoked now. */
  async revoke(
    manager: EntityManager,
    organisationId: string,
    userId: string,
    id: string,
    at: Date,
  ): Promise<boolean> {
    const rows = (await manager.query(
      // A CTE, so the answer is the rows (TypeORM answers an UPDATE with [rows, count]).
      `with revoked as (
         update calendar_feed set revoked_at = $4
          where organisation_id = $1 and user_id = $2 and id = $3 and revoked_at is null
          returning id)
       select id from revoked`,
      [organisationId, userId, id, at],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The one lookup made before the organisation is known (a SECURITY DEFINER function). */
  async findOwnerByHash(tokenHash: string): Promise<FeedOwner | null> {
    const [row] = (await this.dataSource.query(
      `select feed_id as "feedId", user_id as "userId", organisation_id as "organisationId", revoked
         from calendar_feed_by_token_hash($1)`,
      [tokenHash],
    )) as FeedOwner[];
    return row ?? null;
  }

  async findUser(organisationId: string, userId: string): Promise<FeedUser | null> {
    const [row] = (await this.dataSource.query(
      `select role, disabled_at is not null as disabled from app_user
        where organisation_id = $1 and id = $2`,
      [organisationId, userId],
    )) as FeedUser[];
    return row ?? null;
  }

  async touch(organisationId: string, id: string, at: Date): Promise<void> {
    await this.dataSource.query(
      `update calendar_feed set last_used_at = greatest(coalesce(last_used_at, $3), $3)
        where organisation_id = $1 and id = $2`,
      [organisationId, id, at],
    );
  }
}
