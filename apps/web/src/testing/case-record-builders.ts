import type { HearingResponse, OrderResponse, TimelineEntry } from '@haven/contracts';

// Invented records for the case page's specs.

export function anOrder(overrides: Partial<OrderResponse> = {}): OrderResponse {
  return {
    id: '5d0c1e2f-3a4b-4c5d-8e6f-000000000001',
    caseId: '00000000-0000-4000-8000-000000000001',
    kind: 'FA_EPO',
    issuedOn: '2026-03-06',
    issuedTime: '21:30',
    issuingCourtId: 'jdr-fairfax',
    issuingCourtKind: 'MAGISTRATE',
    issuingLocality: 'Fairfax County',
    statedExpiryOn: null,
    statedExpiryTime: null,
    statedExpiryOverrideReason: null,
    reliefs: [],
    status: 'granted',
    parentOrderId: null,
    extensionOf: null,
    protectsMinorAgainstParent: false,
    petitionerHouseholdAtInitial: null,
    issuingState: null,
    registeredOn: null,
    registeredCourtId: null,
    dissolvedOn: null,
    extensions: [],
    extensionMotions: [],
    computed: null,
    deadlines: [],
    ...overrides,
  };
}

export function aHearing(overrides: Partial<HearingResponse> = {}): HearingResponse {
  return {
    id: '7e1d2c3b-4a5f-4e6d-9c8b-000000000001',
    caseId: '00000000-0000-4000-8000-000000000001',
    orderId: null,
    kind: 'ppo_full_hearing',
    scheduledOn: '2026-03-23',
    scheduledTime: '09:00',
    outcome: null,
    heldOn: null,
    continuanceReason: null,
    continuedFromId: null,
    continuedToId: null,
    ...overrides,
  };
}

export function aTimelineEntry(overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    at: { date: '2026-03-06', time: null },
    kind: 'petition_filed',
    title: 'Petition filed for a family abuse preliminary protective order in Fairfax County (JDR)',
    refs: {},
    details: {},
    ...overrides,
  };
}
