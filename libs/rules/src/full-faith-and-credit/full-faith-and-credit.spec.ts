import { ruleVersionById } from '../registry/registry';
import { fullFaithAndCredit } from './full-faith-and-credit';

describe('fullFaithAndCredit (R36–R38)', () => {
  it('needs review when a condition is unknown', () => {
    const r = fullFaithAndCredit({ issuingState: 'Ohio', exParte: false, issuedToPrevent: true });
    expect(r.entitled).toBe('needs_review');
    expect(r.needsAttorneyReview).toBe(true);
  });

  it('treats a Virginia order as valid throughout Virginia, with no Virginia registration', () => {
    const r = fullFaithAndCredit({
      issuingState: 'Virginia',
      exParte: true,
      issuedToPrevent: true,
      issuingCourtHadJurisdiction: true,
      hearingScheduledBeforeExpiry: true,
    });
    expect(r.entitled).toBe('yes');
    expect(r.registration).toBeUndefined();
    expect(r.modifyOnlyIn).toBe('Virginia');
  });

  it('flags a custody provision whose UCCJEA / PKPA compliance is unknown', () => {
    const r = fullFaithAndCredit({
      issuingState: 'Maryland',
      exParte: false,
      issuedToPrevent: true,
      issuingCourtHadJurisdiction: true,
      respondentHadNoticeAndOpportunity: true,
      hasCustodyProvisions: true,
    });
    expect(r.custody?.status).toBe('unknown');
    expect(r.custody?.citations.map((c) => c.text)).toContain('18 USC § 2266');
    expect(r.needsAttorneyReview).toBe(true);
  });
});

describe('fullFaithAndCredit: rule versions (rules-spec §1.12)', () => {
  it('names R36, R37 and R38 for an out-of-state order, R36 and R38 for a Virginia one', () => {
    const oos = fullFaithAndCredit({ issuingState: 'Ohio', exParte: false, on: '2026-03-10' });
    expect(oos.ruleVersions.map((v) => ruleVersionById(v)?.ref)).toEqual(['R36', 'R37', 'R38']);
    const va = fullFaithAndCredit({ issuingState: 'Virginia', exParte: false });
    expect(va.ruleVersions.map((v) => ruleVersionById(v)?.ref)).toEqual(['R36', 'R38']);
  });

  it('refuses an assessment day that is not a date, naming the field', () => {
    expect(() => fullFaithAndCredit({ issuingState: 'Ohio', exParte: false, on: 'soon' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', field: 'on' }),
    );
  });
});
