import type { BoardGroup, BoardResponse } from '@haven/contracts';

import { formatCivilDate } from '../../shared/dates/civil-date';

/** One bar: what it counts, and how many. */
export interface Bar {
  label: string;
  value: number;
}

/**
 * The organisation's deadlines per week, with the overdue ones as their own first bar: the
 * server's counts (each deadline once), not the items on the page.
 */
export function deadlinesPerWeek(
  board: Pick<BoardResponse, 'overdueDeadlines' | 'deadlineWeeks'>,
): Bar[] {
  const bars = board.deadlineWeeks.map((w) => ({
    label: `Week of ${formatCivilDate(w.from)}`,
    value: w.deadlines,
  }));
  return board.overdueDeadlines > 0
    ? [{ label: 'Overdue', value: board.overdueDeadlines }, ...bars]
    : bars;
}

/** Open tasks in each advocate's group, in the board's order (the unassigned group last). */
export function openTasksPerAdvocate(groups: readonly BoardGroup[]): Bar[] {
  return groups.map((g) => ({
    label: g.advocate?.displayName ?? 'Unassigned',
    value: g.taskCount,
  }));
}
