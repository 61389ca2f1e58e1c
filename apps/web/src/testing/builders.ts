import type {
  CaseDetailResponse,
  CaseSummaryResponse,
  ConflictHit,
  DeadlineResponse,
  SessionUserResponse,
} from '@haven/contracts';

// Invented people only. Web specs cannot import @haven/testing yet (it has no builders), so these
// few live with the app until it does.

export function aSessionUser(overrides: Partial<SessionUserResponse> = {}): SessionUserResponse {
  return {
    id: '0b8f6f0e-5c1a-4c53-9d57-2f1f3f0c0a01',
    email: 'wren.advocate@example.org',
    displayName: 'Wren Calloway',
    role: 'advocate',
    organisation: { id: '6a1d2b7c-0d0e-4f7a-8c11-1f2e3d4c5b01', name: 'Blue Ridge Legal Aid' },
    stage: 'complete',
    mfaEnrolled: false,
    ...overrides,
  };
}

export function aDeadline(overrides: Partial<DeadlineResponse> = {}): DeadlineResponse {
  return {
    ruleId: 'VA.FA.PPO.HEARING',
    ruleVersion: 'R05@2021-01-01',
    kind: 'hearing_by',
    orderId: null,
    hearingId: null,
    dueOn: '2026-03-23',
    dueTime: null,
    actByOn: null,
    citation: 'Va. Code § 16.1-253(B)',
    explanation: 'The full hearing must be held within 15 days of the preliminary order.',
    confidence: 'source_explicit',
    assumptions: [],
    statedCheck: null,
    state: 'open',
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
    advocates: [{ id: '0b8f6f0e-5c1a-4c53-9d57-2f1f3f0c0a01', displayName: 'Wren Calloway' }],
    openedOn: '2026-03-09',
    nextDeadline: null,
    ...overrides,
  };
}

export function aCaseDetail(overrides: Partial<CaseDetailResponse> = {}): CaseDetailResponse {
  return {
    ...aCaseSummary(),
    relationship: 'former_spouse',
    livesWithRespondent: false,
    cohabitationEndedOn: null,
    lastActOfAbuseOn: '2026-03-06',
    venueLocality: 'Fairfax County',
    courtKind: 'JDR',
    courtId: null,
    respondentKnownFirearms: false,
    eligibility: {
      familyOrHouseholdMember: true,
      borderline: false,
      orders: [
        {
          kind: 'FA_PPO',
          court: 'JDR',
          reason: 'A former spouse is a family or household member.',
          citation: 'Va. Code § 16.1-253',
        },
      ],
      reasons: [
        {
          ruleId: 'VA.FA.ELIGIBILITY.FAMILY_OR_HOUSEHOLD_MEMBER',
          ruleVersion: 'R15@2021-01-01',
          text: 'A former spouse is a family or household member whether or not they live together.',
          citation: 'Va. Code § 16.1-228',
        },
      ],
    },
    deadlines: [aDeadline()],
    notices: [],
    closedOn: null,
    ...overrides,
  };
}

export function aConflictHit(overrides: Partial<ConflictHit> = {}): ConflictHit {
  return {
    party: 'respondent',
    matchedRole: 'client',
    matchedName: 'Corwin Fallow',
    matchedOn: ['name'],
    caseReferences: ['HV-2025-0042'],
    ...overrides,
  };
}
