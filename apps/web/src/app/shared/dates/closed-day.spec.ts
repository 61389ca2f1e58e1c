import { describe, expect, it } from 'vitest';

import { closedDayWarning } from './closed-day';

describe('closedDayWarning', () => {
  it('warns of a filing date on a Saturday, naming the day', () => {
    expect(closedDayWarning('2026-12-05')).toContain('a Saturday');
  });

  it('warns of a Virginia legal holiday with its name and citation', () => {
    const warning = closedDayWarning('2026-12-25');
    expect(warning).toContain('Christmas');
    expect(warning).toContain('2.2-3300');
  });

  it('says nothing on a court day or an unfinished date', () => {
    expect(closedDayWarning('2026-12-07')).toBeNull();
    expect(closedDayWarning('2026-12')).toBeNull();
  });
});
