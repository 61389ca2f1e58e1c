import { OVW_LAV } from './definitions/ovw-lav';
import { countsFacts, oneRowPerFact, singleElement } from './report-section-sql';
import { reportPeriod } from './report-periods';
import { POPULATIONS } from './report-populations';

describe('singleElement', () => {
  it('answers the one element of array[expr], parentheses and quoted commas included', () => {
    expect(singleElement(`array['all']`)).toBe(`'all'`);
    expect(singleElement('array[p.gender]')).toBe('p.gender');
    expect(singleElement(`array[coalesce(p.reason, 'none')]`)).toBe(`coalesce(p.reason, 'none')`);
    expect(singleElement(`array['a, b']`)).toBe(`'a, b'`);
  });

  it('refuses arrays that may hold several values', () => {
    expect(singleElement('p.classifications')).toBeNull();
    expect(singleElement(`array['a', 'b']`)).toBeNull();
    expect(singleElement(`array[f(1), g(2)]`)).toBeNull();
    expect(
      singleElement(`case when cardinality(p.race) = 0 then array['x'] else p.race end`),
    ).toBeNull();
    expect(singleElement('array[]')).toBeNull();
  });

  it('treats every array[...] dimension of the populations as one value and the rest as lists', () => {
    for (const population of Object.values(POPULATIONS)) {
      for (const dimension of Object.values(population.dimensions)) {
        expect(singleElement(dimension) === null).toBe(!dimension.startsWith('array['));
      }
    }
  });
});

describe('how a section is counted', () => {
  const period = reportPeriod('half_year', 2026, 2);
  const section = (id: string) => {
    const found = OVW_LAV.sections.find((s) => s.id === id);
    if (!found) throw new Error(`no section ${id}`);
    return found;
  };

  it('sums facts when every count is of a key no two facts share', () => {
    expect(countsFacts(section('race'))).toBe(true);
    expect(countsFacts(section('protection_orders'))).toBe(true);
    // A client turned away on two cases is two service-status facts.
    expect(countsFacts(section('status'))).toBe(false);
    // The individuals of a service: one person has many activities.
    expect(countsFacts(section('services'))).toBe(false);
  });

  it('counts joined rows only when no fact can reach two rows', () => {
    expect(oneRowPerFact(section('services'), period)).toBe(true);
    expect(oneRowPerFact(section('gender'), period)).toBe(true);
    // A list dimension: a person may have several victimisations.
    expect(oneRowPerFact(section('victimisation'), period)).toBe(false);
    const services = section('services');
    const twice = {
      ...services,
      rows: {
        dimension: 'kind',
        categories: [
          { key: 'legal', label: 'Legal', values: ['advice', 'petition_drafted'] },
          { key: 'drafting', label: 'Drafting', values: ['petition_drafted'] },
        ],
      },
    };
    expect(oneRowPerFact(twice, period)).toBe(false);
  });
});
