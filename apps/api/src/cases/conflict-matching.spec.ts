import type { PartyMatch } from '@api/parties/parties.repository';

import { toHit } from './conflict-matching';

const existingClient = (over: Partial<PartyMatch> = {}): PartyMatch => ({
  role: 'client',
  id: 'c1',
  fullName: 'Imogen Brightwater',
  nameKey: 'imogen brightwater',
  aliasKeys: ['immy brightwater'],
  dateOfBirth: '1990-04-02',
  caseReferences: ['HV-2026-0002'],
  ...over,
});

describe('conflict matching', () => {
  it('matches a new respondent who is an existing client by normalised name', () => {
    const hit = toHit('respondent', { fullName: ' imogen  BRIGHTWATER ' }, existingClient());
    expect(hit).toEqual({
      party: 'respondent',
      matchedRole: 'client',
      matchedName: 'Imogen Brightwater',
      matchedOn: ['name'],
      caseReferences: ['HV-2026-0002'],
    });
  });

  it('matches through an alias on either side', () => {
    expect(
      toHit('respondent', { fullName: 'Immy Brightwater' }, existingClient())?.matchedOn,
    ).toEqual(['alias']);
    expect(
      toHit('respondent', { fullName: 'I. B.', aliases: ['Imogen Brightwater'] }, existingClient())
        ?.matchedOn,
    ).toEqual(['alias']);
  });

  it('counts a shared date of birth as a further reason', () => {
    expect(
      toHit(
        'respondent',
        { fullName: 'Imogen Brightwater', dateOfBirth: '1990-04-02' },
        existingClient(),
      )?.matchedOn,
    ).toEqual(['name', 'date_of_birth']);
  });

  it('clears a same-name match when both dates of birth are known and differ', () => {
    expect(
      toHit(
        'respondent',
        { fullName: 'Imogen Brightwater', dateOfBirth: '1971-09-30' },
        existingClient(),
      ),
    ).toBeNull();
  });

  it('does not match a different name', () => {
    expect(toHit('respondent', { fullName: 'Imogen Brightwell' }, existingClient())).toBeNull();
  });
});
