import { nameKey } from './name-key';

describe('nameKey', () => {
  it('ignores accents, case, apostrophes, hyphens and spacing', () => {
    expect(nameKey("  Zoë O'Neil-Park ")).toBe(nameKey('zoe oneil park'));
  });

  it('keeps different names different', () => {
    expect(nameKey('Delphine Marrowby')).not.toBe(nameKey('Delphine Marrowbie'));
  });
});
