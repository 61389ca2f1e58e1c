import { STATEWIDE_CALENDAR } from '../calendar';
import { nextFriendDeadline } from './next-friend';

const ctx = { calendar: STATEWIDE_CALENDAR, courtId: 'jdr-a' };

describe('R03 next-friend deadline across daylight-saving changes (A-13)', () => {
  it('uses the same clock time next day when 24 elapsed hours would be later (spring forward)', () => {
    // Sat 7 Mar 2026 23:59 EST + 24 h = Mon 9 Mar 00:59 EDT; the earlier reading is Sun 8 Mar 23:59.
    const d = nextFriendDeadline('epo', { date: '2026-03-07', time: '23:59' }, ctx);
    expect(d.due).toEqual({ date: '2026-03-08', time: '23:59' });
    expect(d.actBy).toBe('2026-03-06');
    expect(d.confidence).toBe('interpretation');
  });

  it('uses 24 elapsed hours when that is earlier (fall back)', () => {
    // Sat 31 Oct 2026 23:59 EDT + 24 h = Sun 1 Nov 22:59 EST.
    const d = nextFriendDeadline('epo', { date: '2026-10-31', time: '23:59' }, ctx);
    expect(d.due).toEqual({ date: '2026-11-01', time: '22:59' });
    expect(d.actBy).toBe('2026-10-30');
  });

  it('is simply the next day at 23:59 on an ordinary night, with no actBy on a court day', () => {
    const d = nextFriendDeadline('epo', { date: '2026-03-10', time: '23:59' }, ctx);
    expect(d.due).toEqual({ date: '2026-03-11', time: '23:59' });
    expect(d.actBy).toBeUndefined();
    expect(d.confidence).toBe('source_explicit');
  });
});
