import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { OrderKind } from '@haven/contracts';

import { prepared } from '@api/common/sql/prepared-statements';

import type { BoardCursor } from './board-cursor';
import { UNASSIGNED_GROUP } from './board-entry.entity';
import type { CaseRefRow } from './board.repository';

// The board reads the precomputed entries, which carry what a row shows, and day counts
// (migrations 1795660000000 and 1795710000000). Civil dates and times come back as text, so no
// date passes through a JS Date; no confidential column is ever selected.

/** Every group that may hold entries: the organisation's people, and the unassigned group. */
const GROUPS = `(select u.id as key from app_user u where u.organisation_id = $1
                 union all select '${UNASSIGNED_GROUP}'::uuid) g`;

/** Board order; ix_board_entry_group_order holds it after (organisation, group). */
const ENTRY_ORDER = `e.due_on, e.sort_time, e.item_type, e.item_id`;

/**
 * The shown entries carry their details (migration 1795710000000); only a task's assignee's name
 * is looked up, among the organisation's few people.
 */
const ITEM_DETAILS = `
  left join app_user u on u.id = e.assignee_id and u.organisation_id = $1`;

const ITEM_COLUMNS = `e.group_key as "groupKey", e.item_type as "itemType", e.item_id as "itemId",
                      e.case_id as "caseId", e.due_on::text as "dueOn", e.sort_time::text as "sortTime",
                      e.reference, e.client_name as "clientName", e.deadline_kind as kind,
                      e.rule_id as "ruleId", e.citation, e.explanation,
                      to_char(e.due_time, 'HH24:MI') as "dueTime", e.order_id as "orderId",
                      e.order_kind as "orderKind", e.title, e.source_rule as "sourceRule",
                      e.assignee_id as "assigneeId", u.display_name as "assigneeName"`;

export interface BoardGroupCountRow {
  groupKey: string;
  /** Null for the unassigned group. */
  displayName: string | null;
  total: number;
  overdue: number;
  tasks: number;
}

export interface BoardDeadlineDayRow {
  dueOn: string;
  deadlines: number;
}

/** What GET /api/board shows, read at once. */
export interface BoardRead {
  counts: BoardGroupCountRow[];
  deadlineDays: BoardDeadlineDayRow[];
  /** Each group's first page, grouped by group and in board order within each. */
  firstPages: BoardItemRow[];
}

/** One shown entry: its position (its cursor) and its item's details. */
export interface BoardItemRow extends BoardCursor, CaseRefRow {
  /** Deadlines only (null for a task). */
  kind: string | null;
  ruleId: string | null;
  citation: string | null;
  explanation: string | null;
  dueTime: string | null;
  orderId: string | null;
  orderKind: OrderKind | null;
  /** Tasks only (null for a deadline). */
  title: string | null;
  sourceRule: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
}

/** The board's reads, each one statement. */
@Injectable()
export class BoardEntriesRepository {
  /**
   * The board in one statement, so one snapshot and one round trip (issue 18):
   * - each group with entries due on or before `through`: how many, how many before `today`, how
   *   many are tasks, summed from the group's day counts (an index range of board_day_count);
   * - the organisation's open deadlines per day due on or before `through`, each counted once;
   * - the first `firstItems` entries of each of those groups, with their details, in board order.
   */
  async findBoard(
    manager: EntityManager,
    organisationId: string,
    today: string,
    through: string,
    firstItems: number,
  ): Promise<BoardRead> {
    const [row] = (await manager.query(
      prepared(`with counts as materialized (
           select g.key as "groupKey", a.display_name as "displayName", s.total, s.overdue, s.tasks
             from ${GROUPS}
             left join app_user a on a.id = g.key and a.organisation_id = $1
             cross join lateral (
               select coalesce(sum(n.entries), 0)::int as total,
                      coalesce(sum(n.entries) filter (where n.due_on < $2), 0)::int as overdue,
                      coalesce(sum(n.entries) filter (where n.item_type = 'task'), 0)::int as tasks
                 from board_day_count n
                where n.organisation_id = $1 and n.group_key = g.key and n.due_on <= $3
             ) s
            where s.total > 0
         )
         select
           (select coalesce(json_agg(c), '[]') from counts c) as counts,
           (select coalesce(json_agg(d order by d."dueOn" collate "C"), '[]')
              from (select n.due_on::text as "dueOn", sum(n.items)::int as deadlines
                      from ${GROUPS}
                      cross join lateral (
                        select n.due_on, n.items from board_day_count n
                         where n.organisation_id = $1 and n.group_key = g.key and n.due_on <= $3
                           and n.item_type = 'deadline' and n.items > 0
                      ) n
                     group by n.due_on) d) as "deadlineDays",
           (select coalesce(json_agg(f order by f."groupKey", f."dueOn" collate "C",
                                     f."sortTime" collate "C", f."itemType", f."itemId"), '[]')
              from (select ${ITEM_COLUMNS}
                      from counts c
                      cross join lateral (
                        select * from board_entry e
                         where e.organisation_id = $1 and e.group_key = c."groupKey"
                           and e.due_on <= $3
                         order by ${ENTRY_ORDER}
                         limit $4
                      ) e
                      ${ITEM_DETAILS}) f) as "firstPages"`),
      [organisationId, today, through, firstItems],
    )) as BoardRead[];
    return row ?? { counts: [], deadlineDays: [], firstPages: [] };
  }

  /** The next `limit` items of the cursor's group after it, due on or before `through`. */
  findPage(
    manager: EntityManager,
    organisationId: string,
    through: string,
    after: BoardCursor,
    limit: number,
  ): Promise<BoardItemRow[]> {
    return manager.query(
      prepared(`select ${ITEM_COLUMNS}
         from (
           select * from board_entry e
            where e.organisation_id = $1 and e.group_key = $2 and e.due_on <= $3
              and (e.due_on, e.sort_time, e.item_type, e.item_id) > ($4::date, $5::time, $6, $7::uuid)
            order by ${ENTRY_ORDER}
            limit $8
         ) e
         ${ITEM_DETAILS}
        order by ${ENTRY_ORDER}`),
      [
        organisationId,
        after.groupKey,
        through,
        after.dueOn,
        after.sortTime,
        after.itemType,
        after.itemId,
        limit,
      ],
    ) as Promise<BoardItemRow[]>;
  }
}
