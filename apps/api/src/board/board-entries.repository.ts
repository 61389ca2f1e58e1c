import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { OrderKind } from '@haven/contracts';

import type { BoardCursor } from './board-cursor';
import { UNASSIGNED_GROUP } from './board-entry.entity';

// The board reads the precomputed entries and day counts (migration 1795660000000), then the
// details of only the items it shows. Civil dates come back as text and times as text, so no
// date passes through a JS Date; no confidential column is ever selected.

/** Every group that may hold entries: the organisation's people, and the unassigned group. */
const GROUPS = `(select u.id as key from app_user u where u.organisation_id = $1
                 union all select '${UNASSIGNED_GROUP}'::uuid) g`;

const ENTRY_COLUMNS = `e.item_type as "itemType", e.item_id as "itemId", e.due_on::text as "dueOn",
                       e.sort_time::text as "sortTime"`;

/** Board order; ix_board_entry_group_order holds it after (organisation, group). */
const ENTRY_ORDER = `e.due_on, e.sort_time, e.item_type, e.item_id`;

export interface BoardGroupCountRow {
  groupKey: string;
  /** Null for the unassigned group. */
  displayName: string | null;
  total: number;
  overdue: number;
  tasks: number;
}

/** An entry as the board pages it: its position is its cursor. */
export type BoardEntryRow = BoardCursor;

export interface BoardDeadlineDayRow {
  dueOn: string;
  deadlines: number;
}

/** The case an item belongs to, as the board shows it. */
export interface BoardCaseRow {
  caseId: string;
  reference: string;
  clientName: string;
}

export interface BoardDeadlineRow extends BoardCaseRow {
  id: string;
  kind: string;
  ruleId: string;
  citation: string;
  explanation: string;
  dueOn: string;
  dueTime: string | null;
  orderId: string | null;
  orderKind: OrderKind | null;
}

export interface BoardTaskRow extends BoardCaseRow {
  id: string;
  title: string;
  dueOn: string;
  sourceRule: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
}

const CASE_JOIN = `
  join case_file c on c.id = x.case_id and c.organisation_id = x.organisation_id
  join client cl on cl.id = c.client_id and cl.organisation_id = c.organisation_id`;

/** The board's reads; each takes the caller's transaction, so one request binds its tenant once. */
@Injectable()
export class BoardEntriesRepository {
  /**
   * Each group with entries due on or before `through`: how many, how many before `today`, how
   * many are tasks. Sums the groups' day counts (an index range of board_day_count per group).
   */
  findGroupCounts(
    manager: EntityManager,
    organisationId: string,
    today: string,
    through: string,
  ): Promise<BoardGroupCountRow[]> {
    return manager.query(
      `select g.key as "groupKey", a.display_name as "displayName", s.total, s.overdue, s.tasks
         from ${GROUPS}
         left join app_user a on a.id = g.key and a.organisation_id = $1
         cross join lateral (
           select coalesce(sum(n.entries), 0)::int as total,
                  coalesce(sum(n.entries) filter (where n.due_on < $2), 0)::int as overdue,
                  coalesce(sum(n.entries) filter (where n.item_type = 'task'), 0)::int as tasks
             from board_day_count n
            where n.organisation_id = $1 and n.group_key = g.key and n.due_on <= $3
         ) s
        where s.total > 0`,
      [organisationId, today, through],
    ) as Promise<BoardGroupCountRow[]>;
  }

  /** The organisation's open deadlines per day due on or before `through`, each counted once. */
  findDeadlineDays(
    manager: EntityManager,
    organisationId: string,
    through: string,
  ): Promise<BoardDeadlineDayRow[]> {
    return manager.query(
      `select n.due_on::text as "dueOn", sum(n.items)::int as deadlines
         from ${GROUPS}
         join board_day_count n
           on n.organisation_id = $1 and n.group_key = g.key and n.due_on <= $2
          and n.item_type = 'deadline'
        group by n.due_on
        order by n.due_on`,
      [organisationId, through],
    ) as Promise<BoardDeadlineDayRow[]>;
  }

  /** The first `limit` entries of each of these groups due on or before `through`. */
  findFirstPages(
    manager: EntityManager,
    organisationId: string,
    groupKeys: string[],
    through: string,
    limit: number,
  ): Promise<BoardEntryRow[]> {
    if (groupKeys.length === 0) return Promise.resolve([]);
    return manager.query(
      `select g.key as "groupKey", e.*
         from unnest($2::uuid[]) g(key)
         cross join lateral (
           select ${ENTRY_COLUMNS} from board_entry e
            where e.organisation_id = $1 and e.group_key = g.key and e.due_on <= $3
            order by ${ENTRY_ORDER}
            limit $4
         ) e`,
      [organisationId, groupKeys, through, limit],
    ) as Promise<BoardEntryRow[]>;
  }

  /** The next `limit` entries of the cursor's group after it, due on or before `through`. */
  findPage(
    manager: EntityManager,
    organisationId: string,
    through: string,
    after: BoardCursor,
    limit: number,
  ): Promise<BoardEntryRow[]> {
    return manager.query(
      `select e.group_key as "groupKey", ${ENTRY_COLUMNS} from board_entry e
        where e.organisation_id = $1 and e.group_key = $2 and e.due_on <= $3
          and (e.due_on, e.sort_time, e.item_type, e.item_id) > ($4::date, $5::time, $6, $7::uuid)
        order by ${ENTRY_ORDER}
        limit $8`,
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
    ) as Promise<BoardEntryRow[]>;
  }

  /** These deadlines with their case reference, client name and order kind. */
  async findDeadlines(
    manager: EntityManager,
    organisationId: string,
    ids: string[],
  ): Promise<BoardDeadlineRow[]> {
    if (ids.length === 0) return [];
    return manager.query(
      `select x.id, x.case_id as "caseId", c.reference, cl.full_name as "clientName", x.kind,
              x.rule_id as "ruleId", x.citation, x.explanation, x.due_on::text as "dueOn",
              to_char(x.due_time, 'HH24:MI') as "dueTime", x.order_id as "orderId", o.kind as "orderKind"
         from case_deadline x ${CASE_JOIN}
         left join protective_order o on o.id = x.order_id and o.organisation_id = x.organisation_id
        where x.organisation_id = $1 and x.id = any($2::uuid[])`,
      [organisationId, ids],
    ) as Promise<BoardDeadlineRow[]>;
  }

  /** These tasks with their case reference, client name and assignee. */
  async findTasks(
    manager: EntityManager,
    organisationId: string,
    ids: string[],
  ): Promise<BoardTaskRow[]> {
    if (ids.length === 0) return [];
    return manager.query(
      `select x.id, x.case_id as "caseId", c.reference, cl.full_name as "clientName", x.title,
              x.due_on::text as "dueOn", x.source_rule as "sourceRule",
              x.assignee_id as "assigneeId", a.display_name as "assigneeName"
         from task x ${CASE_JOIN}
         left join app_user a on a.id = x.assignee_id and a.organisation_id = x.organisation_id
        where x.organisation_id = $1 and x.id = any($2::uuid[])`,
      [organisationId, ids],
    ) as Promise<BoardTaskRow[]>;
  }
}
