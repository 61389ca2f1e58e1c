import { POPULATIONS } from './report-populations';
import { singleElement } from './report-engine';

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
