import { describe, expect, it } from 'vitest';

import { ADA, WREN, aBoardGroup, aBoardTask } from '../../../testing/board-builders';
import { deadlinesPerWeek, openTasksPerAdvocate } from './board-charts';

describe('deadlinesPerWeek', () => {
  it("draws the server's weekly counts, with the overdue ones first", () => {
    const weeks = [
      { from: '2026-03-09', deadlines: 1 },
      { from: '2026-03-16', deadlines: 0 },
    ];

    expect(deadlinesPerWeek({ overdueDeadlines: 3, deadlineWeeks: weeks })).toEqual([
      { label: 'Overdue', value: 3 },
      { label: 'Week of Mar 9, 2026', value: 1 },
      { label: 'Week of Mar 16, 2026', value: 0 },
    ]);
  });

  it('leaves out the overdue bar when nothing is overdue', () => {
    const weeks = [{ from: '2026-03-09', deadlines: 2 }];

    expect(deadlinesPerWeek({ overdueDeadlines: 0, deadlineWeeks: weeks })).toEqual([
      { label: 'Week of Mar 9, 2026', value: 2 },
    ]);
  });
});

describe('openTasksPerAdvocate', () => {
  it('counts every task of each group, shown or not, calling the group without an advocate "Unassigned"', () => {
    const groups = [
      aBoardGroup({ advocate: WREN, items: [aBoardTask()], total: 140, taskCount: 95 }),
      aBoardGroup({ advocate: ADA, items: [aBoardTask(), aBoardTask()] }),
      aBoardGroup({ advocate: null }),
    ];

    expect(openTasksPerAdvocate(groups)).toEqual([
      { label: 'Wren Calloway', value: 95 },
      { label: 'Ada Marsh', value: 2 },
      { label: 'Unassigned', value: 0 },
    ]);
  });
});
