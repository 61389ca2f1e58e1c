import { followupJobId, parseFollowupJobId } from './queues';

const ID = '0b8e4c1e-2f4a-4d3b-9a57-0c1d2e3f4a5b';

describe('follow-up job ids', () => {
  it('names the follow-up and its version, without a colon', () => {
    expect(followupJobId(ID, 3)).toBe(`fu-${ID}-v3`);
    expect(followupJobId(ID, 3)).not.toContain(':');
  });

  it('adds a redelivery suffix only when asked', () => {
    expect(followupJobId(ID, 3, 2)).toBe(`fu-${ID}-v3-r2`);
  });

  it('parses back what it builds, and nothing else', () => {
    expect(parseFollowupJobId(followupJobId(ID, 7, 4))).toEqual({
      followupId: ID,
      version: 7,
      redelivery: 4,
    });
    expect(parseFollowupJobId(followupJobId(ID, 1))).toEqual({
      followupId: ID,
      version: 1,
      redelivery: 0,
    });
    expect(parseFollowupJobId('repeat:reconcile-followups:1')).toBeNull();
  });
});
