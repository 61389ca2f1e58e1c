import type { NewCaseDeadline } from './case-deadlines.repository';
import { aCaseRecord, anOrderRow } from '@api/testing/case-record.fixtures';

import type { HearingFacts } from './case-record';
import { toOrderProtectionFacts } from './order-protection-facts';

const ORG = '00000000-0000-4000-8000-0000000000aa';
const CASE = '00000000-0000-4000-8000-0000000000cc';

type Deadline = Pick<
  NewCaseDeadline,
  'orderId' | 'kind' | 'state' | 'dueOn' | 'dueTime' | 'ruleId'
>;

const deadline = (orderId: string, kind: string, dueOn: string, state = 'open'): Deadline => ({
  orderId,
  kind,
  state,
  dueOn,
  dueTime: '23:59',
  ruleId: `VA.TEST.${kind.toUpperCase()}`,
});

function aHearing(overrides: Partial<HearingFacts>): HearingFacts {
  return {
    id: '00000000-0000-4000-8000-0000000000e1',
    orderId: null,
    kind: 'ppo_full_hearing',
    scheduledOn: '2026-12-03',
    scheduledTime: '09:00:00',
    outcome: null,
    heldOn: null,
    continuedFromId: null,
    createdAt: new Date('2026-11-27T10:00:00Z'),
    ...overrides,
  };
}

describe('toOrderProtectionFacts', () => {
  it('gives a final order without a motion its expiry as the day it falls due, and runs the unserved order until it', () => {
    const record = aCaseRecord(CASE, { orders: [anOrderRow('po')] });
    const [facts] = toOrderProtectionFacts(
      ORG,
      record,
      [deadline('po', 'file_by', '2026-12-08'), deadline('po', 'order_expiry', '2026-12-08')],
      '2026-11-30',
    );
    expect(facts).toMatchObject({
      risk: 'final_order_expiring_without_motion',
      riskOn: '2026-12-08',
      riskTime: '23:59',
      unservedUntil: '2026-12-08',
      lapseOn: null,
      caseOpen: true,
    });
  });

  it('takes a preliminary order’s next hearing not yet held, on or after the day, before its hearing-by day', () => {
    const record = aCaseRecord(CASE, {
      orders: [anOrderRow('ppo', { kind: 'FA_PPO', issuedOn: '2026-11-27' })],
      hearings: [
        aHearing({ id: 'h-past', scheduledOn: '2026-11-28' }),
        aHearing({ id: 'h-next', scheduledOn: '2026-12-03' }),
        aHearing({ id: 'h-other-kind', kind: 'final_trial', scheduledOn: '2026-12-01' }),
      ],
    });
    const [facts] = toOrderProtectionFacts(
      ORG,
      record,
      [deadline('ppo', 'hearing_by', '2026-12-14')],
      '2026-11-30',
    );
    expect(facts).toMatchObject({
      risk: 'preliminary_hearing_respondent_unserved',
      riskOn: '2026-12-03',
      riskTime: '09:00',
      riskHearingId: 'h-next',
    });
  });

  it('has no expiring risk once the fact that keeps the order going is recorded, or the case is closed', () => {
    const served = aCaseRecord(CASE, {
      orders: [anOrderRow('po')],
      extensionMotions: [
        { id: 'm', orderId: 'po', filedOn: '2026-11-30', filedTime: null, outcome: 'pending' },
      ],
      serviceAttempts: [
        {
          id: 's',
          orderId: 'po',
          attemptedOn: '2024-12-09',
          attemptedTime: null,
          method: 'personal',
          outcome: 'served',
        },
      ],
    });
    const expiry = [deadline('po', 'order_expiry', '2026-12-08')];
    expect(toOrderProtectionFacts(ORG, served, expiry, '2026-11-30')[0]).toMatchObject({
      hasMotion: true,
      served: true,
      risk: null,
      unservedUntil: null,
    });
    const closed = aCaseRecord(CASE, {
      orders: [anOrderRow('po')],
      caseRow: { id: CASE, orderKind: 'FA_PO', hasMedicalEvidence: false, closedOn: '2026-11-30' },
    });
    expect(toOrderProtectionFacts(ORG, closed, expiry, '2026-11-30')[0]).toMatchObject({
      caseOpen: false,
      risk: null,
      unservedUntil: null,
      lapseOn: null,
    });
  });

  it('records a lapse when the next order came after the expiry, and none when it came in time', () => {
    const ppo = anOrderRow('ppo', { kind: 'FA_PPO', issuedOn: '2026-11-02' });
    const expiry = [deadline('ppo', 'max_expiry', '2026-11-17', 'passed')];
    const late = aCaseRecord(CASE, {
      orders: [ppo, anOrderRow('po', { issuedOn: '2026-11-18', parentOrderId: 'ppo' })],
    });
    expect(toOrderProtectionFacts(ORG, late, expiry, '2026-11-30')[0]).toMatchObject({
      followed: true,
      risk: null,
      lapseOn: '2026-11-17',
      lapseUntil: '2026-11-18',
    });
    const inTime = aCaseRecord(CASE, {
      orders: [ppo, anOrderRow('po', { issuedOn: '2026-11-17', parentOrderId: 'ppo' })],
    });
    expect(toOrderProtectionFacts(ORG, inTime, expiry, '2026-11-30')[0]).toMatchObject({
      lapseOn: null,
      lapseUntil: null,
    });
  });
});
