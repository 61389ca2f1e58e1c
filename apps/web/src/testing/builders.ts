import type { CaseSummaryResponse, SessionUserResponse } from '@haven/contracts';

// Invented people only. Web specs cannot import @haven/testing yet (it has no builders), so these
// few live with the app until it does.

export function aSessionUser(overrides: Partial<SessionUserResponse> = {}): SessionUserResponse {
  return {
    id: '0b8f6f0e-5c1a-4c53-9d57-2f1f3f0c0a01',
    email: 'wren.advocate@example.org',
    displayName: 'Wren Calloway',
    role: 'advocate',
    organisation: { id: '6a1d2b7c-0d0e-4f7a-8c11-1f2e3d4c5b01', name: 'Blue Ridge Legal Aid' },
    ...overrides,
  };
}

let sequence = 0;

export function aCaseSummary(overrides: Partial<CaseSummaryResponse> = {}): CaseSummaryResponse {
  sequence += 1;
  const n = String(sequence).padStart(4, '0');
  return {
    id: `00000000-0000-4000-8000-00000000${n}`,
    reference: `HV-2026-${n}`,
    clientName: 'Juniper Ashdown',
    respondentName: 'Corwin Fallow',
    stage: 'awaiting_service',
    orderKind: 'FA_PO',
    assignedAdvocate: { id: '0b8f6f0e-5c1a-4c53-9d57-2f1f3f0c0a01', displayName: 'Wren Calloway' },
    openedOn: '2026-03-09',
    ...overrides,
  };
}
