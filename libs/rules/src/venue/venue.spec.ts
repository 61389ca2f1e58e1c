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
