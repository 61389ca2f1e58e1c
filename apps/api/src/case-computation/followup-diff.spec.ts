import { diffFollowups, type StoredFollowup } from './followup-diff';
import type { FollowupContent } from '@api/followups/followups.repository';

const NOW = new Date('2026-11-23T14:00:00Z');

function planned(overrides: Partial<FollowupContent> = {}): FollowupContent {
  return {
    kind: 'extension_file_motion',
    key: 'extend.file:po',
    dueAt: new Date('2027-01-05T13:00:00Z'),
    actBy: '2027-02-04',
    title: 'File the motion to extend',
    ruleId: 'VA.FA.PO.EXTENSION_FILE_BY',
    citation: 'Va. Code § 16.1-279.1(B)',
    explanation: '30 days before the deadline.',
    audience: 'advocate',
    ...overrides,
  };
}

function stored(
  state: 'pending' | 'delivered',
  overrides: Partial<FollowupContent> = {},
): StoredFollowup {
  return { id: 'f1', version: 3, state, ...planned(overrides) };
}

describe('diffFollowups', () => {
  it('inserts a newly planned follow-up', () => {
    expect(diffFollowups([], [planned()], NOW)).toEqual([{ op: 'insert', planned: planned() }]);
  });

  it('changes nothing when the plan equals what is stored', () => {
    expect(diffFollowups([stored('pending')], [planned()], NOW)).toEqual([]);
    expect(diffFollowups([stored('delivered')], [planned()], NOW)).toEqual([]);
  });

  it('revises a pending follow-up whose due time or wording changed', () => {
    const later = planned({ dueAt: new Date('2027-02-01T13:00:00Z') });
    expect(diffFollowups([stored('pending')], [later], NOW)).toEqual([
      { op: 'revise', stored: stored('pending'), planned: later },
    ]);
    const reworded = planned({ explanation: 'Another reading.' });
    expect(diffFollowups([stored('pending')], [reworded], NOW)[0]?.op).toBe('revise');
  });

  it('re-arms a delivered follow-up only when its due time moved into the future', () => {
    const future = planned({ dueAt: new Date('2027-06-01T12:00:00Z') });
    expect(diffFollowups([stored('delivered')], [future], NOW)).toEqual([
      { op: 'revise', stored: stored('delivered'), planned: future },
    ]);
    const past = planned({ dueAt: new Date('2026-11-01T12:00:00Z') });
    expect(diffFollowups([stored('delivered')], [past], NOW)).toEqual([]);
    const reworded = planned({ title: 'Reworded' });
    expect(diffFollowups([stored('delivered')], [reworded], NOW)).toEqual([]);
  });

  it('cancels what is no longer planned, pending or delivered', () => {
    expect(diffFollowups([stored('pending')], [], NOW)).toEqual([
      { op: 'cancel', stored: stored('pending') },
    ]);
    expect(diffFollowups([stored('delivered')], [], NOW)).toEqual([
      { op: 'cancel', stored: stored('delivered') },
    ]);
  });
});
