import { describe, expect, it } from 'vitest';

import {
  ADA,
  WREN,
  aBoardDeadline,
  aBoardGroup,
  aBoardTask,
} from '../../../testing/board-builders';
import { deadlinesPerWeek, openTasksPerAdvocate } from './board-charts';

describe('deadlinesPerWeek', () => {
  it('counts a deadline shared by two advocates once, in its week, with overdue ones first', () => {
    const shared = aBoardDeadline({ dueOn: '2026-03-17' });
    const groups = [
      aBoardGroup({
        advocate: WREN,
        items: [aBoardDeadline({ dueOn: '2026-03-02', overdue: true }), shared, aBoardTask()],
      }),
      aBoardGroup({ advocate: ADA, items: [shared, aBoardDeadline({ dueOn: '2026-03-09' })] }),
    ];

    expect(deadlinesPerWeek(groups, '2026-03-09', '2026-04-08')).toEqual([
      { label: 'Overdue', value: 1 },
      { label: 'Week of Mar 9, 2026', value: 1 },
      { label: 'Week of Mar 16, 2026', value: 1 },
      { label: 'Week of Mar 23, 2026', value: 0 },
      { label: 'Week of Mar 30, 2026', value: 0 },
      { label: 'Week of Apr 6, 2026', value: 0 },
    ]);
  });
});

describe('openTasksPerAdvocate', () => {
  it('counts the tasks in each group, calling the group without an advocate "Unassigned"', () => {
    const groups = [
      aBoardGroup({ advocate: WREN, items: [aBoardTask(), aBoardTask(), aBoardDeadline()] }),
      aBoardGroup({ advocate: null, items: [aBoardDeadline()] }),
    ];

    expect(openTasksPerAdvocate(groups)).toEqual([
      { label: 'Wren Calloway', value: 2 },
      { label: 'Unassigned', value: 0 },
    ]);
  });
});
