import { buildTimeline } from './timeline-entries';
import type { TimelineFacts } from './timeline.repository';

function facts(overrides: Partial<TimelineFacts> = {}): TimelineFacts {
  return {
    petitions: [],
    orders: [],
    extensions: [],
    motions: [],
    serviceAttempts: [],
    hearings: [],
    violations: [],
    notes: [],
    tasks: [],
    deadlines: [],
    ...overrides,
  };
}

const order = {
  id: 'o1',
  kind: 'FA_PO' as const,
  issuedOn: '2026-12-01',
  issuedTime: null,
  issuingLocality: 'Fairfax County',
  statedExpiryOn: null,
  servedOn: null,
  servedTime: null,
  parentOrderId: null,
  extensionOf: null,
  dissolvedOn: null,
};

describe('buildTimeline', () => {
  it('orders by date, then time, with a day’s untimed entries first', () => {
    const entries = buildTimeline(
      facts({
        orders: [order],
        notes: [
          { id: 'n1', authorName: 'Ada Quillfeather', createdAt: new Date('2026-12-01T14:05:00Z') },
        ],
        deadlines: [
          {
            id: 'd1',
            ruleId: 'VA.FA.PO.MAX_DURATION',
            kind: 'order_expiry',
            orderId: 'o1',
            hearingId: null,
            dueOn: '2028-12-01',
            dueTime: '23:59',
            citation: 'Va. Code § 16.1-279.1(B)',
            explanation: 'Expires 11:59 p.m.',
            state: 'open',
          },
        ],
        petitions: [
          {
            id: 'p1',
            filedOn: '2026-11-20',
            orderKindSought: 'FA_PPO',
            courtLocality: 'Fairfax County',
            courtKind: 'JDR',
            courtCaseNumber: null,
          },
        ],
      }),
    );
    expect(entries.map((e) => `${e.at.date} ${e.at.time ?? '-'} ${e.kind}`)).toEqual([
      '2026-11-20 - petition_filed',
      '2026-12-01 - order_issued',
      '2026-12-01 09:05 note',
      '2028-12-01 23:59 deadline',
    ]);
  });

  it('puts same-moment entries in the order a case goes: order, service, hearing, violation', () => {
    const entries = buildTimeline(
      facts({
        violations: [
          {
            id: 'v1',
            orderId: 'o1',
            occurredOn: '2026-12-01',
            occurredTime: null,
            acts: ['contact'],
            potentialClass: 'class_1_misdemeanor',
          },
        ],
        serviceAttempts: [
          {
            id: 's1',
            orderId: 'o1',
            attemptedOn: '2026-12-01',
            attemptedTime: null,
            servedBy: 'sheriff',
            method: 'personal',
            outcome: 'served',
          },
        ],
        orders: [{ ...order, servedOn: '2026-12-01' }],
      }),
    );
    expect(entries.map((e) => e.kind)).toEqual([
      'order_issued',
      'service_attempt',
      'order_served',
      'violation',
    ]);
    expect(entries[3]?.title).toBe(
      'Violation of the family abuse protective order: contact (potentially a Class 1 misdemeanor)',
    );
  });

  it('names an extension granted on a motion as an extension, linked to the order it extends', () => {
    const [entry] = buildTimeline(
      facts({
        orders: [
          {
            ...order,
            id: 'o2',
            parentOrderId: 'o1',
            extensionOf: 'motion_to_extend',
            statedExpiryOn: '2028-11-30',
          },
        ],
      }),
    );
    expect(entry).toEqual(
      expect.objectContaining({
        kind: 'order_extended',
        title:
          'Order extended on the motion: new family abuse protective order issued, stated to expire 2028-11-30',
        refs: { orderId: 'o2', parentOrderId: 'o1' },
      }),
    );
  });
});
