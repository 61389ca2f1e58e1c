import type { CaseRecord, OrderFactsRow } from '@api/case-computation/case-record';

// Test-only: a case's record as CaseRecordReader loads it, built in memory for the mapper's and
// the read models' unit tests.

/** A family-abuse final order of the Fairfax JDR court, issued 8 Dec 2024; `overrides` change it. */
export function anOrderRow(id: string, overrides: Partial<OrderFactsRow> = {}): OrderFactsRow {
  return {
    id,
    kind: 'FA_PO',
    issuedOn: '2024-12-08',
    issuedTime: null,
    issuingCourtId: 'jdr-fairfax',
    issuingCourtKind: 'JDR',
    issuingLocality: 'Fairfax County',
    statedExpiryOn: null,
    statedExpiryTime: null,
    statedExpiryOverrideReason: null,
    reliefs: [],
    parentOrderId: null,
    extensionOf: null,
    protectsMinorAgainstParent: false,
    petitionerHouseholdAtInitial: true,
    priorFaOrderFinding: false,
    priorFaOrderIssuedOn: null,
    issuingState: null,
    registeredOn: null,
    registeredCourtId: null,
    dissolvedOn: null,
    ...overrides,
  };
}

/** An open case `caseId` with no facts recorded; `overrides` add them. */
export function aCaseRecord(caseId: string, overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    caseRow: { id: caseId, orderKind: 'FA_PO', hasMedicalEvidence: false, closedOn: null },
    respondent: { knownFirearms: false, priorConvictions: [] },
    petitions: [],
    orders: [],
    orderExtensions: [],
    extensionMotions: [],
    serviceAttempts: [],
    hearings: [],
    violations: [],
    respondentMoves: [],
    closures: [],
    localityCourts: [],
    ...overrides,
  };
}
