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

/**
 * An order as a court issues it, as POST /api/cases/:caseId/orders takes it: a family abuse EPO
 * of Fairfax JDR, Mon 23 Nov 2026 at 21:40, unless the test says otherwise.
 */
export function anOrderRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'FA_EPO',
    issuedOn: '2026-11-23',
    issuedTime: '21:40',
    issuingCourtId: 'jdr-fairfax',
    issuingCourtKind: 'JDR',
    issuingLocality: 'Fairfax County',
    ...overrides,
  };
}
