/**
 * The emergency order of rules example 1, as the API takes it: a Fairfax magistrate's family abuse
 * EPO of Mon 23 Nov 2026 at 21:40.
 */
export const EXAMPLE_1_EPO = {
  kind: 'FA_EPO',
  issuedOn: '2026-11-23',
  issuedTime: '21:40',
  issuingCourtId: 'magistrate-fairfax',
  issuingCourtKind: 'MAGISTRATE',
  issuingLocality: 'Fairfax County',
} as const;
