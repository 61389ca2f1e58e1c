import { createHash, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type {
  CalendarFeedListResponse,
  CalendarFeedSummary,
  CreatedCalendarFeed,
  Role,
} from '@haven/contracts';
import { addDays } from '@haven/rules';

import { AccessDenials } from '@api/audit/access-denials';
import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { DomainError } from '@api/common/errors/domain-error';
import { roleHasPermission } from '@api/common/permissions';
import { setRequestOrganisation } from '@api/common/request-context';

import { CalendarFeedsRepository, type FeedRow } from './calendar-feeds.repository';
import { FeedEventsReader, type FeedEntryRow } from './feed-events.reader';
import { writeCalendar, type FeedEvent } from './ics-writer';

/** 256 bits from the CSPRNG, base64url: 43 characters (security-checks E4 asks for ≥ 128). */
const TOKEN_BYTES = 32;
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;
// The feed carries the recent past (a missed hearing stays visible) and the coming year and more.
const DAYS_BEFORE = 60;
const DAYS_AFTER = 430;

const HEARING_LABELS: Record<string, string> = {
  ppo_full_hearing: 'Full hearing on the preliminary order',
  final_trial: 'Final hearing',
  extension: 'Hearing on the motion to extend',
  sro_final: 'Substantial risk order hearing',
};
const DEADLINE_LABELS: Record<string, string> = {
  order_expiry: 'Order expires',
  file_by: 'Last day to file',
};

export function feedPath(token: string): string {
  return `/api/calendar-feed/${token}.ics`;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function summaryOf(row: FeedRow): CalendarFeedSummary {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt ? row.lastUsedAt.toISOString() : null,
  };
}

function feedNotFound(): DomainError {
  return new DomainError('CALENDAR_FEED_NOT_FOUND', 'not_found', 'Calendar feed not found.');
}

/**
 * A user's secret iCalendar feeds: created with a token shown once (only its hash is kept),
 * listed, revoked; and the feed itself, which carries each event's case reference and kind only,
 * never a name, an address or court free text. A feed is a standing credential to the user's
 * calendar, so creating and revoking one is audited in the same transaction as the change
 * (security-checks F1), naming the feed by its id, never by its token.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feeds: CalendarFeedsRepository,
    private readonly events: FeedEventsReader,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly denials: AccessDenials,
  ) {}

  async create(actor: Actor): Promise<CreatedCalendarFeed> {
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const row = await this.dataSource.transaction(async (manager) => {
      const feed = await this.feeds.insert(
        manager,
        actor.organisationId,
        actor.userId,
        hashToken(token),
        this.clock.now(),
      );
      await this.audit.record(
        {
          action: 'calendar_feed_created',
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          targetType: 'calendar_feed',
          targetId: feed.id,
        },
        manager,
      );
      return feed;
    });
    return { ...summaryOf(row), path: feedPath(token) };
  }

  async list(actor: Actor): Promise<CalendarFeedListResponse> {
    const rows = await this.feeds.findLiveByUser(actor.organisationId, actor.userId);
    return { feeds: rows.map(summaryOf) };
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    const revoked = await this.dataSource.transaction(async (manager) => {
      const done = await this.feeds.revoke(
        manager,
        actor.organisationId,
        actor.userId,
        id,
        this.clock.now(),
      );
      if (done) {
        await this.audit.record(
          {
            action: 'calendar_feed_revoked',
            organisationId: actor.organisationId,
            actorUserId: actor.userId,
            targetType: 'calendar_feed',
            targetId: id,
          },
          manager,
        );
      }
      return done;
    });
    if (!revoked) {
      // Another user's or organisation's feed id answers as a nonexistent one, and the try is kept.
      await this.denials.deny(actor, 'calendar_feed', id);
      throw feedNotFound();
    }
  }

  /**
   * The feed for a token. An unknown, malformed or revoked token does the same work (hash it,
   * one indexed lookup by hash) and answers the same 404, so neither timing nor answer tells
   * them apart; a feed of a user who lost access to case data answers 404 too.
   */
  async render(file: string): Promise<string> {
    const token = FEED_FILE.exec(file)?.[1] ?? file;
    const owner = await this.feeds.findOwnerByHash(hashToken(token));
    if (!owner || owner.revoked || !FEED_FILE.test(file)) throw feedNotFound();
    setRequestOrganisation(owner.organisationId);
    const user = await this.feeds.findUser(owner.organisationId, owner.userId);
    if (!user || user.disabled || !roleHasPermission(user.role as Role, 'case:read'))
      throw feedNotFound();
    const now = this.clock.now();
    const today = virginiaDate(now);
    const rows = await this.events.read(
      owner.organisationId,
      owner.userId,
      addDays(today, -DAYS_BEFORE),
      addDays(today, DAYS_AFTER),
      user.role === 'advocate' ? owner.userId : null,
    );
    await this.feeds.touch(owner.organisationId, owner.feedId, now);
    return writeCalendar('Haven', rows.map(toEvent), now);
  }
}

function toEvent(row: FeedEntryRow): FeedEvent {
  const label =
    row.source === 'hearing'
      ? (HEARING_LABELS[row.kind] ?? 'Hearing')
      : row.source === 'task'
        ? 'Task due'
        : (DEADLINE_LABELS[row.kind] ?? 'Deadline');
  return {
    uid: `${row.source}-${row.id}@haven`,
    date: row.date,
    time: row.time,
    durationMinutes: row.source === 'hearing' ? 60 : 15,
    summary: `${row.reference}: ${label}`,
    description: `Case ${row.reference}. ${label}.`,
    busy: row.source === 'hearing',
  };
}
