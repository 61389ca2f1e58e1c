import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type {
  AdvocateRef,
  BoardDays,
  BoardGroup,
  BoardItem,
  BoardResponse,
} from '@haven/contracts';
import { addDays } from '@haven/rules';

import type { Actor } from '@api/common/actor';
import { Clock, virginiaDate } from '@api/common/clock/clock';

import { BoardRepository } from './board.repository';
import type { BoardQueryDto } from './dto/board.query';
import { toDeadlineItem, toTaskItem } from './dto/board.response';

const UNASSIGNED = 'unassigned';

/**
 * The supervisor's board: every open deadline and open task of the organisation's open cases due
 * within the next N days (overdue ones included), grouped by advocate. A deadline appears under
 * every advocate of its case; a task under its assignee, or under the case's advocates when it
 * has none; an item with nobody lands in the unassigned group.
 */
@Injectable()
export class BoardService {
  constructor(
    private readonly board: BoardRepository,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async get(actor: Actor, query: BoardQueryDto): Promise<BoardResponse> {
    const days: BoardDays = query.days ?? 7;
    const orgId = actor.organisationId;
    const today = virginiaDate(this.clock.now());
    const through = addDays(today, days);
    // One transaction for the three reads: the tenant setting is bound once (issue 18).
    const { deadlines, tasks, advocates } = await this.dataSource.transaction(async (manager) => {
      const deadlines = await this.board.findOpenDeadlinesThrough(orgId, through, manager);
      const tasks = await this.board.findOpenTasksThrough(orgId, through, manager);
      const caseIds = [...new Set([...deadlines, ...tasks].map((r) => r.caseId))];
      const advocates = await this.board.findAdvocatesOfCases(orgId, caseIds, manager);
      return { deadlines, tasks, advocates };
    });
    const advocatesOf = new Map<string, AdvocateRef[]>();
    for (const row of advocates) {
      const list = advocatesOf.get(row.caseId) ?? [];
      list.push({ id: row.userId, displayName: row.displayName });
      advocatesOf.set(row.caseId, list);
    }

    const groups = new Map<string, { advocate: AdvocateRef | null; items: BoardItem[] }>();
    const place = (people: AdvocateRef[], item: BoardItem) => {
      for (const person of people.length > 0 ? people : [null]) {
        const key = person?.id ?? UNASSIGNED;
        const group = groups.get(key) ?? { advocate: person, items: [] };
        group.items.push(item);
        groups.set(key, group);
      }
    };
    for (const row of deadlines)
      place(advocatesOf.get(row.caseId) ?? [], toDeadlineItem(row, today));
    for (const row of tasks) {
      const item = toTaskItem(row, today);
      place(item.assignee ? [item.assignee] : (advocatesOf.get(row.caseId) ?? []), item);
    }

    const sorted: BoardGroup[] = [...groups.values()].sort(compareGroups).map((g) => ({
      advocate: g.advocate,
      overdueCount: g.items.filter((i) => i.overdue).length,
      items: g.items.sort(compareItems),
    }));
    return { today, through, days, groups: sorted };
  }
}

/** By advocate name; the unassigned group last. */
function compareGroups(
  a: { advocate: AdvocateRef | null },
  b: { advocate: AdvocateRef | null },
): number {
  if (!a.advocate || !b.advocate) return a.advocate ? -1 : b.advocate ? 1 : 0;
  return (
    a.advocate.displayName.localeCompare(b.advocate.displayName) ||
    a.advocate.id.localeCompare(b.advocate.id)
  );
}

/** Overdue first, then by due date and time (a day's untimed items, e.g. file-by, before timed ones). */
function compareItems(a: BoardItem, b: BoardItem): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    a.dueOn.localeCompare(b.dueOn) ||
    (a.dueTime ?? '').localeCompare(b.dueTime ?? '') ||
    a.type.localeCompare(b.type) ||
    a.case.reference.localeCompare(b.case.reference) ||
    a.id.localeCompare(b.id)
  );
}
