import { describe, expect, it } from 'vitest';

import { searchCourts, type CourtChoice } from './court-search';

const CHOICES: CourtChoice[] = [
  {
    id: 'jdr-roanoke-city',
    name: 'Roanoke City Juvenile and Domestic Relations District Court',
    also: 'Roanoke City JDR',
  },
  { id: 'circuit-roanoke', name: 'Roanoke County Circuit Court', also: 'Roanoke County CIRCUIT' },
  {
    id: 'jdr-fairfax',
    name: 'Fairfax County Juvenile and Domestic Relations District Court',
    also: 'Fairfax County Fairfax City JDR',
  },
];

describe('searchCourts', () => {
  it('finds a court by every word typed, in any order', () => {
    expect(searchCourts(CHOICES, 'jdr roanoke').map((c) => c.id)).toEqual(['jdr-roanoke-city']);
  });

  it('finds a court by a locality it serves', () => {
    expect(searchCourts(CHOICES, 'fairfax city').map((c) => c.id)).toEqual(['jdr-fairfax']);
  });

  it('lists everything (up to the limit) for an empty query', () => {
    expect(searchCourts(CHOICES, '  ', 2)).toHaveLength(2);
  });
});
