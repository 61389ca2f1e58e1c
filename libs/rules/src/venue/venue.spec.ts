import { getRule, ruleInForce } from '../registry/registry';
import { venue } from './venue';

describe('venue (R17)', () => {
  it('adds personal-jurisdiction guidance for an out-of-state respondent', () => {
    const r = venue({ petitionerResidence: 'City of Richmond', respondentOutOfState: true });
    expect(r.options).toHaveLength(1);
    expect(r.guidance[0]?.text).toContain('personal jurisdiction');
  });

  it('refuses an empty locality naming the field', () => {
    expect(() => venue({ existingOrderLocalities: [''] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'existingOrderLocalities[0]' }),
    );
  });
});

describe('venue: rule version (rules-spec §1.12)', () => {
  it('names R17 in force on the filing day, or the latest without one', () => {
    expect(
      venue({ petitionerResidence: 'Town of Example', filedOn: '2026-03-10' }).ruleVersion,
    ).toBe(ruleInForce('VA.FA.VENUE', '2026-03-10').rule.versionId);
    expect(venue({ petitionerResidence: 'Town of Example' }).ruleVersion).toBe(
      getRule('VA.FA.VENUE').versionId,
    );
  });

  it('refuses a filing day that is not a date, naming the field', () => {
    expect(() => venue({ filedOn: '2026-02-30' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', field: 'filedOn' }),
    );
  });
});
