import type { BoardGroup, BoardItem } from '@haven/contracts';
import { addDays, daysBetween } from '@haven/rules';

import { formatCivilDate } from '../../shared/dates/civil-date';

/** One bar: what it counts, and how many. */
export interface Bar {
  label: string;
  value: number;
}

/**
 * Deadlines per week from `today` through `through`, with the overdue ones as their own first bar.
 * A deadline of a case with two advocates sits in both groups; it is counted once.
 */
export function deadlinesPerWeek(
  groups: readonly BoardGroup[],
  today: string,
  through: string,
): Bar[] {
  const deadlines = unique(groups.flatMap((g) => g.items).filter((i) => i.type === 'deadline'));
  const weeks = Math.max(1, Math.ceil((daysBetween(today, through) + 1) / 7));
  const counts = new Array<number>(weeks).fill(0);
  let overdue = 0;
  for (const item of deadlines) {
    if (item.overdue || item.dueOn < today) {
      overdue += 1;
      continue;
    }
    const week = Math.min(weeks - 1, Math.floor(daysBetween(today, item.dueOn) / 7));
    counts[week] = (counts[week] ?? 0) + 1;
  }
  const bars = counts.map((value, week) => ({
    label: `Week of ${formatCivilDate(addDays(today, week * 7))}`,
    value,
  }));
  return overdue > 0 ? [{ label: 'Overdue', value: overdue }, ...bars] : bars;
}

/** Open tasks in each advocate's group, in the board's order (the unassigned group last). */
export function openTasksPerAdvocate(groups: readonly BoardGroup[]): Bar[] {
  return groups.map((g) => ({
    label: g.advocate?.displayName ?? 'Unassigned',
    value: g.items.filter((i) => i.type === 'task').length,
  }));
}

function unique(items: readonly BoardItem[]): BoardItem[] {
  return [...new Map(items.map((i) => [`${i.type}:${i.id}`, i])).values()];
}
