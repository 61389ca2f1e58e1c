import type {
  AtRiskItem,
  BoardGroup,
  BoardItem,
  BoardResponse,
  TaskResponse,
} from '@haven/contracts';

// Invented people only, as in builders.ts; kept apart so the case pages' builders stay theirs.

export const WREN = { id: '0b8f6f0e-5c1a-4c53-9d57-2f1f3f0c0a01', displayName: 'Wren Calloway' };
export const ADA = { id: '0b8f6f0e-5c1a-4c53-9d57-2f1f3f0c0a02', displayName: 'Ada Marsh' };
export const SUPERVISOR = {
  id: '0b8f6f0e-5c1a-4c53-9d57-2f1f3f0c0a09',
  displayName: 'Rowan Pike',
};

let sequence = 0;

function nextId(): string {
  sequence += 1;
  return `10000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

export function aBoardDeadline(overrides: Partial<BoardItem> = {}): BoardItem {
  return {
    type: 'deadline',
    id: nextId(),
    case: {
      id: 'c0000000-0000-4000-8000-000000000001',
      reference: 'HV-2026-0001',
      clientName: 'Juniper Ashdown',
    },
    kind: 'order_expiry',
    title: 'Preliminary order expires',
    dueOn: '2026-03-12',
    dueTime: null,
    overdue: false,
    ruleId: 'VA.FA.PPO.EXPIRY',
    citation: 'Va. Code § 16.1-253(B)',
    explanation: 'The preliminary order lasts until the full hearing.',
    orderId: null,
    assignee: null,
    ...overrides,
  };
}

export function aBoardTask(overrides: Partial<BoardItem> = {}): BoardItem {
  return aBoardDeadline({
    type: 'task',
    kind: 'task',
    title: 'Call the sheriff about service',
    ruleId: null,
    citation: null,
    explanation: null,
    assignee: WREN,
    ...overrides,
  });
}

/** A group whose counts are those of its items: one page, no more to load, unless overridden. */
export function aBoardGroup(overrides: Partial<BoardGroup> = {}): BoardGroup {
  const items = overrides.items ?? [aBoardDeadline()];
  return {
    advocate: WREN,
    total: items.length,
    overdueCount: items.filter((i) => i.overdue).length,
    taskCount: items.filter((i) => i.type === 'task').length,
    items,
    nextCursor: null,
    ...overrides,
  };
}

export function aBoard(overrides: Partial<BoardResponse> = {}): BoardResponse {
  return {
    today: '2026-03-09',
    through: '2026-03-16',
    days: 7,
    overdueDeadlines: 0,
    deadlineWeeks: [
      { from: '2026-03-09', deadlines: 1 },
      { from: '2026-03-16', deadlines: 0 },
    ],
    groups: [aBoardGroup()],
    ...overrides,
  };
}

export function anAtRiskItem(overrides: Partial<AtRiskItem> = {}): AtRiskItem {
  return {
    reason: 'final_order_expiring_without_motion',
    case: {
      id: 'c0000000-0000-4000-8000-000000000002',
      reference: 'HV-2025-0042',
      clientName: 'Marisol Vane',
    },
    order: { id: 'o0000000-0000-4000-8000-000000000001', kind: 'FA_PO', issuedOn: '2024-03-20' },
    hearingId: null,
    dueOn: '2026-03-20',
    dueTime: null,
    courtDaysLeft: 8,
    rules: [
      {
        ruleId: 'VA.FA.PO.EXTENSION_FILE_BY',
        kind: 'file_by',
        dueOn: '2026-03-19',
        dueTime: null,
        actByOn: '2026-03-13',
        citation: 'Va. Code § 16.1-279.1(B)',
        explanation: 'A motion to extend must be filed before the final order expires.',
      },
    ],
    basis: {
      ruleId: 'VA.FA.PO.EXTENSION_FILE_BY',
      citation: 'Va. Code § 16.1-279.1(B)',
      explanation:
        'No motion to extend is recorded and the order expires on 2026-03-20; the motion must be filed before it expires.',
    },
    gap: null,
    ...overrides,
  };
}

export function aTask(overrides: Partial<TaskResponse> = {}): TaskResponse {
  return {
    id: nextId(),
    caseId: 'c0000000-0000-4000-8000-000000000001',
    caseReference: 'HV-2026-0001',
    clientName: 'Juniper Ashdown',
    title: 'Call the sheriff about service',
    dueOn: '2026-03-12',
    forDay: '2026-03-12',
    deadlineOn: null,
    status: 'open',
    sourceRule: null,
    sourceCitation: null,
    assignee: WREN,
    completedBy: null,
    completedAt: null,
    createdAt: '2026-03-09T14:00:00.000Z',
    draft: null,
    ...overrides,
  };
}
