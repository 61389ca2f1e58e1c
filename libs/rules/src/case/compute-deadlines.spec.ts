import {
  computeDeadlines,
  STATEWIDE_CALENDAR,
  type CaseEvent,
  type CourtRef,
  type OrderFacts,
  type OrderKind,
} from '../index';

const JDR: CourtRef = { courtId: 'jdr-a', kind: 'JDR', locality: 'Fairfax County' };

function issued(
  orderId: string,
  kind: OrderKind,
  date: string,
  extra: Partial<OrderFacts> = {},
): CaseEvent {
  return {
    type: 'order_issued',
    order: { orderId, kind, issuedAt: { date }, issuingCourt: JDR, ...extra },
  };
}

describe('computeDeadlines: order statuses on asOf', () => {
  const epo = issued('epo', 'FA_EPO', '2026-03-02');
  const served: CaseEvent = {
    type: 'order_served',
    orderId: 'epo',
    at: { date: '2026-03-03', time: '14:00' },
    personal: true,
  };

  it('is not yet issued before issuance, awaiting service until served, then in effect', () => {
    const status = (asOf: string | { date: string; time: string }) =>
      computeDeadlines({ events: [epo, served] }, STATEWIDE_CALENDAR, asOf).orders[0]?.status;
    expect(status('2026-03-01')).toBe('not_yet_issued');
    expect(status('2026-03-03')).toBe('awaiting_service');
    expect(status({ date: '2026-03-03', time: '14:00' })).toBe('in_effect');
  });

  it('is in effect through 23:59 on the expiry day and expired after it', () => {
    const at = (time: string) =>
      computeDeadlines({ events: [epo, served] }, STATEWIDE_CALENDAR, { date: '2026-03-05', time })
        .orders[0]?.status;
    expect(at('23:59')).toBe('in_effect');
    expect(
      computeDeadlines({ events: [epo, served] }, STATEWIDE_CALENDAR, '2026-03-06').orders[0],
    ).toMatchObject({
      status: 'expired',
      statusRuleId: 'VA.FA.EPO.EXPIRY',
      endedAt: { date: '2026-03-05', time: '23:59' },
    });
  });

  it('keeps an EPO running to its own expiry when a PPO follows it', () => {
    const c = computeDeadlines(
      { events: [epo, served, issued('ppo', 'FA_PPO', '2026-03-04', { parentOrderId: 'epo' })] },
      STATEWIDE_CALENDAR,
      '2026-03-05',
    );
    expect(c.orders.map((o) => [o.orderId, o.status])).toEqual([
      ['epo', 'in_effect'],
      ['ppo', 'awaiting_service'],
    ]);
  });

  it('ends a PPO at the full hearing where the final order is granted', () => {
    const events: CaseEvent[] = [
      issued('ppo', 'FA_PPO', '2026-03-02'),
      {
        type: 'hearing_scheduled',
        hearingId: 'h',
        kind: 'ppo_full_hearing',
        at: { date: '2026-03-16' },
        orderId: 'ppo',
      },
      { type: 'hearing_held', hearingId: 'h', on: '2026-03-16', outcome: 'granted' },
      issued('po', 'FA_PO', '2026-03-16', { parentOrderId: 'ppo' }),
    ];
    const c = computeDeadlines({ events }, STATEWIDE_CALENDAR, '2026-03-17');
    expect(c.orders[0]).toMatchObject({ orderId: 'ppo', status: 'ended_at_hearing' });
    expect(c.deadlines.find((d) => d.kind === 'hearing_by')).toMatchObject({
      state: 'met',
      statedValueCheck: { status: 'earlier', stated: { date: '2026-03-16' } },
    });
  });

  it('expires a PPO when the petitioner does not attend the hearing (R08)', () => {
    const events: CaseEvent[] = [
      issued('ppo', 'FA_PPO', '2026-03-02'),
      {
        type: 'hearing_scheduled',
        hearingId: 'h',
        kind: 'ppo_full_hearing',
        at: { date: '2026-03-16' },
        orderId: 'ppo',
      },
      { type: 'hearing_held', hearingId: 'h', on: '2026-03-16', outcome: 'petitioner_absent' },
    ];
    const c = computeDeadlines({ events }, STATEWIDE_CALENDAR, '2026-03-16');
    expect(c.orders[0]).toMatchObject({
      status: 'expired',
      statusRuleId: 'VA.FA.HEARING.OUTCOMES',
    });
    expect(c.notices.map((n) => n.ruleId)).toContain('VA.FA.HEARING.OUTCOMES');
    // It protects no longer: its latest expiry, Tue 17 Mar, is moot, not still open.
    const next = computeDeadlines({ events }, STATEWIDE_CALENDAR, '2026-03-17');
    expect(next.deadlines.find((d) => d.kind === 'max_expiry')).toMatchObject({
      due: { date: '2026-03-17' },
      state: 'moot',
    });
    expect(next.deadlines.find((d) => d.kind === 'hearing_by')?.state).toBe('met');
  });

  it('marks a dissolved order dissolved and its open filing deadline moot', () => {
    const c = computeDeadlines(
      {
        events: [
          issued('po', 'FA_PO', '2026-03-02'),
          { type: 'order_dissolved', orderId: 'po', on: '2026-06-01' },
        ],
      },
      STATEWIDE_CALENDAR,
      '2026-06-02',
    );
    expect(c.orders[0]?.status).toBe('dissolved');
    expect(c.deadlines.find((d) => d.kind === 'file_by')?.state).toBe('moot');
  });
});

describe('computeDeadlines: hearings and continuances', () => {
  it('flags a PPO hearing continued past the 15-day limit and warns that the PPO lapses first', () => {
    const events: CaseEvent[] = [
      issued('ppo', 'FA_PPO', '2026-03-02'),
      {
        type: 'hearing_scheduled',
        hearingId: 'h',
        kind: 'ppo_full_hearing',
        at: { date: '2026-03-16' },
        orderId: 'ppo',
      },
      { type: 'hearing_held', hearingId: 'h', on: '2026-03-16', outcome: 'continued' },
      {
        type: 'hearing_scheduled',
        hearingId: 'h',
        kind: 'ppo_full_hearing',
        at: { date: '2026-03-24' },
        orderId: 'ppo',
      },
    ];
    const c = computeDeadlines({ events }, STATEWIDE_CALENDAR, '2026-03-17');
    expect(c.hearings[0]).toMatchObject({
      scheduledFor: { date: '2026-03-24' },
      previousDates: [{ date: '2026-03-16' }],
    });
    expect(c.deadlines.find((d) => d.kind === 'hearing_by')?.statedValueCheck?.status).toBe(
      'exceeds_maximum',
    );
    expect(c.notices.find((n) => n.ruleId === 'VA.FA.HEARING.OUTCOMES')?.text).toBe(
      'Hearing set for Tue 24 Mar 2026 but the preliminary order ends 11:59 p.m. Tue 17 Mar 2026: ask the court to reissue or extend it.',
    );
  });

  it('recomputes the medical-records notice from the continued trial date (R13)', () => {
    const events: CaseEvent[] = [
      issued('po', 'FA_PO', '2026-03-02'),
      { type: 'medical_evidence_recorded' },
      {
        type: 'hearing_scheduled',
        hearingId: 't',
        kind: 'final_trial',
        at: { date: '2026-03-20' },
      },
      {
        type: 'hearing_scheduled',
        hearingId: 't',
        kind: 'final_trial',
        at: { date: '2026-04-20' },
      },
    ];
    const notices = computeDeadlines({ events }, STATEWIDE_CALENDAR, '2026-03-02').deadlines.filter(
      (d) => d.kind === 'notice_by',
    );
    expect(notices.map((n) => n.due.date)).toEqual(['2026-04-10']);
  });

  it('gives an advisory R06 target for a family-abuse petition', () => {
    const c = computeDeadlines(
      {
        events: [
          {
            type: 'petition_filed',
            petitionId: 'p',
            on: { date: '2026-03-02' },
            sought: 'FA_PPO',
            courtId: 'jdr-a',
          },
        ],
      },
      STATEWIDE_CALENDAR,
      '2026-03-02',
    );
    expect(c.deadlines).toEqual([
      expect.objectContaining({
        ruleId: 'VA.FA.HEARING.WITHIN_15_OF_FILING',
        kind: 'advisory_target',
        due: { date: '2026-03-17' },
        confidence: 'advisory',
        petitionId: 'p',
      }),
    ]);
  });
});

describe('computeDeadlines: motions to extend', () => {
  it('reports a motion filed on the expiry day timely and one the day after untimely', () => {
    const events = (date: string): CaseEvent[] => [
      issued('po', 'FA_PO', '2026-03-02', { statedExpiry: { date: '2027-03-02' } }),
      { type: 'extension_motion_filed', orderId: 'po', on: { date } },
    ];
    const status = (date: string) =>
      computeDeadlines({ events: events(date) }, STATEWIDE_CALENDAR, date).extensionMotions[0]
        ?.status;
    expect(status('2027-03-02')).toBe('timely');
    expect(status('2027-03-03')).toBe('untimely');
  });

  it('says a motion to extend does not apply to an EPO', () => {
    const c = computeDeadlines(
      {
        events: [
          issued('epo', 'FA_EPO', '2026-03-02'),
          { type: 'extension_motion_filed', orderId: 'epo', on: { date: '2026-03-03' } },
        ],
      },
      STATEWIDE_CALENDAR,
      '2026-03-03',
    );
    expect(c.extensionMotions[0]?.status).toBe('not_applicable');
  });

  it('warns when the extension hearing is set after the order expires (ex parte PPO needed)', () => {
    const events: CaseEvent[] = [
      issued('po', 'AOV_PO', '2026-03-10'),
      { type: 'extension_motion_filed', orderId: 'po', on: { date: '2028-02-20' } },
      {
        type: 'hearing_scheduled',
        hearingId: 'x',
        kind: 'extension',
        at: { date: '2028-03-20' },
        orderId: 'po',
      },
    ];
    const c = computeDeadlines({ events }, STATEWIDE_CALENDAR, '2028-02-21');
    expect(c.notices).toContainEqual(
      expect.objectContaining({ ruleId: 'VA.AOV.PO', kind: 'warning', hearingId: 'x' }),
    );
  });
});

describe('computeDeadlines: ordering and notices', () => {
  it('orders deadlines by date and time', () => {
    const events: CaseEvent[] = [
      issued('po', 'FA_PO', '2026-03-02'),
      issued('epo', 'FA_EPO', '2026-03-03', { protectsMinorAgainstParent: true }),
      { type: 'petition_filed', on: { date: '2026-03-02' }, sought: 'FA_PPO', courtId: 'jdr-a' },
    ];
    const dates = computeDeadlines({ events }, STATEWIDE_CALENDAR, '2026-03-03').deadlines.map(
      (d) => `${d.due.date} ${d.due.time ?? ''}`,
    );
    expect(dates).toEqual([...dates].sort());
  });

  it('adds the firearms advisory and the police-report task', () => {
    const events: CaseEvent[] = [
      {
        type: 'violation_recorded',
        violation: {
          violationId: 'v',
          orderKind: 'FA_PO',
          occurredOn: '2026-05-01',
          acts: ['contact'],
          basedOnActOrThreatOfViolence: false,
          priorConvictions: [],
          reportedToPolice: true,
        },
      },
    ];
    const c = computeDeadlines(
      { events, respondentKnownFirearms: true },
      STATEWIDE_CALENDAR,
      '2026-05-02',
    );
    expect(c.notices.map((n) => n.ruleId).sort()).toEqual([
      'VA.FIREARMS.ADVISORY',
      'VA.VIOLATION.POLICE_REPORT',
    ]);
    expect(c.violations[0]?.potentialClass).toBe('class_1_misdemeanor');
  });

  it('names the calendar coverage on the whole result (A-24)', () => {
    const c = computeDeadlines(
      { events: [issued('epo', 'FA_EPO', '2026-03-02')] },
      STATEWIDE_CALENDAR,
      '2026-03-02',
    );
    expect(c.calendarCoverage.warnings[0]).toContain('A-24');
    expect(c.deadlines.every((d) => d.calendarCoverage !== undefined)).toBe(true);
  });
});
