import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import {
  BOARD_FIRST_ITEMS,
  BOARD_PAGE_SIZE,
  type BoardDays,
  type BoardGroup,
  type BoardItemsResponse,
  type BoardResponse,
  type BoardWeek,
} from '@haven/contracts';
import { addDays, daysBetween } from '@haven/rules';

import type { Actor } from '@api/common/actor';
import { Clock, virginiaDate } from '@api/common/clock/clock';

import { type BoardCursor, decodeBoardCursor, encodeBoardCursor } from './board-cursor';
import { BoardEntriesRepository, type BoardItemRow } from './board-entries.repository';
import { UNASSIGNED_GROUP } from './board-entry.entity';
import type { BoardItemsQueryDto, BoardQueryDto } from './dto/board.query';
import { toBoardItem } from './dto/board.response';

/**
 * The supervisor's board: the open deadlines and open tasks of the organisation's open cases due
 * within the next N days (overdue ones included), by advocate. A deadline sits under every
 * advocate of its case; a task under its assignee, or under the case's advocates when it has
 * none; an item with nobody in the unassigned group. Every group comes with exact counts and its
 * first page; GET /api/board/items gives the next pages (issue 18: a board page, not the whole
 * organisation). Reads use the precomputed board entries and day counts, and a constant number of
 * statements per request: one for the board, one for a page.
 */
@Injectable()
export class BoardService {
  constructor(
    private readonly entries: BoardEntriesRepository,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async get(actor: Actor, query: BoardQueryDto): Promise<BoardResponse> {
    const days: BoardDays = query.days ?? 7;
    const orgId = actor.organisationId;
    const today = virginiaDate(this.clock.now());
    const through = addDays(today, days);
    // One statement, so the counts and the first pages agree while others write, and one round
    // trip with its START (carrying the tenant setting) and COMMIT (tenant-connection.ts).
    const { counts, deadlineDays, firstPages } = await this.entries.findBoard(
      this.dataSource.manager,
      orgId,
      today,
      through,
      BOARD_FIRST_ITEMS,
    );
    const groups: BoardGroup[] = counts
      .map((c) => {
        const page = firstPages.filter((e) => e.groupKey === c.groupKey);
        const last = page.at(-1);
        return {
          advocate:
            c.groupKey === UNASSIGNED_GROUP
              ? null
              : { id: c.groupKey, displayName: c.displayName ?? '' },
          total: c.total,
          overdueCount: c.overdue,
          taskCount: c.tasks,
          items: page.map((row) => toBoardItem(row, today)),
          nextCursor: last && c.total > page.length ? encodeBoardCursor(cursorOf(last)) : null,
        };
      })
      .sort(compareGroups);
    const overdueDeadlines = deadlineDays
      .filter((d) => d.dueOn < today)
      .reduce((sum, d) => sum + d.deadlines, 0);
    return {
      today,
      through,
      days,
      overdueDeadlines,
      deadlineWeeks: weeksOf(deadlineDays, today, through),
      groups,
    };
  }

  /** The next page of a group, after the cursor that names it. */
  async page(actor: Actor, query: BoardItemsQueryDto): Promise<BoardItemsResponse> {
    const after = decodeBoardCursor(query.cursor);
    const limit = query.limit ?? BOARD_PAGE_SIZE;
    const orgId = actor.organisationId;
    const today = virginiaDate(this.clock.now());
    const through = addDays(today, query.days ?? 7);
    // One statement outside any transaction of ours: the tenant setting's START and the COMMIT
    // go with it in one round trip (tenant-connection.ts; issue 18).
    const rows = await this.entries.findPage(
      this.dataSource.manager,
      orgId,
      through,
      after,
      limit + 1,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => toBoardItem(row, today)),
      nextCursor: last && rows.length > limit ? encodeBoardCursor(cursorOf(last)) : null,
    };
  }
}

/** Where a shown item stands in its group. */
function cursorOf(row: BoardItemRow): BoardCursor {
  return {
    groupKey: row.groupKey,
    dueOn: row.dueOn,
    sortTime: row.sortTime,
    itemType: row.itemType,
    itemId: row.itemId,
  };
}

/** Deadlines per week from today (the first week starts today; the last may be short). */
function weeksOf(
  days: ReadonlyArray<{ dueOn: string; deadlines: number }>,
  today: string,
  through: string,
): BoardWeek[] {
  const weeks = Math.max(1, Math.ceil((daysBetween(today, through) + 1) / 7));
  const counts = new Array<number>(weeks).fill(0);
  for (const day of days) {
    if (day.dueOn < today) continue;
    const week = Math.min(weeks - 1, Math.floor(daysBetween(today, day.dueOn) / 7));
    counts[week] = (counts[week] ?? 0) + day.deadlines;
  }
  return counts.map((deadlines, week) => ({ from: addDays(today, week * 7), deadlines }));
}

/** By advocate name; the unassigned group last. */
function compareGroups(a: BoardGroup, b: BoardGroup): number {
  if (!a.advocate || !b.advocate) return a.advocate ? -1 : b.advocate ? 1 : 0;
  return (
    a.advocate.displayName.localeCompare(b.advocate.displayName) ||
    a.advocate.id.localeCompare(b.advocate.id)
  );
}
