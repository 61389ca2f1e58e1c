import {
  computeDeadlines,
  DEFAULT_FOLLOWUP_LEAD_TIMES,
  planFollowups,
  RulesInputError,
  STATEWIDE_CALENDAR,
  type CaseEvent,
  type CourtCalendarData,
  type CourtRef,
  type FollowupFacts,
  type FollowupLeadTimes,
  type OrderFacts,
  type OrderKind,
  type PlannedFollowup,
} from '../index';

const JDR: CourtRef = { courtId: 'jdr-a', kind: 'JDR', locality: 'Fairfax County' };

function issued(
  orderId: string,
  kind: OrderKind,
  issuedAt: { date: string; time?: string },
  extra: Partial<OrderFacts> = {},
): CaseEvent {
  return { type: 'order_issued', order: { orderId, kind, issuedAt, issuingCourt: JDR, ...extra } };
}

function plan(
  events: CaseEvent[],
  asOf: string,
  options: {
    facts?: FollowupFacts;
    leads?: Partial<FollowupLeadTimes>;
    calendar?: CourtCalendarData;
  } = {},
): PlannedFollowup[] {
  const calendar = options.calendar ?? STATEWIDE_CALENDAR;
  return planFollowups(
    computeDeadlines({ events }, calendar, asOf),
    options.facts ?? {},
    { ...DEFAULT_FOLLOWUP_LEAD_TIMES, ...options.leads },
    calendar,
  );
}

/** key → [due date, due time, act-by] for compact expectations. */
function schedule(planned: PlannedFollowup[]): Record<string, [string, string, string]> {
  return Object.fromEntries(planned.map((p) => [p.key, [p.due.date, p.due.time, p.actBy]]));
}

describe('final order: FA_PO issued Mon 2026-03-16, two-year default expiry Thu 2028-03-16 23:59', () => {
  const po = issued('po', 'FA_PO', { date: '2026-03-16' });

  it('plans talk, file, escalation and deadline-day follow-ups from the R11 filing deadline', () => {
    const planned = plan([po], '2026-03-17');
    expect(schedule(planned)).toEqual({
      // 2028-03-16 − 60 days = Sun 2028-01-16, pulled back to Fri 2028-01-14.
      'extend.talk:po': ['2028-01-14', '08:00', '2028-03-16'],
      // Filing deadline Thu 2028-03-16 (a court day) − 30 days = Tue 2028-02-15 (leap February).
      'extend.file:po': ['2028-02-15', '08:00', '2028-03-16'],
      'extend.escalate:po': ['2028-03-06', '08:00', '2028-03-16'],
      'extend.deadline:po': ['2028-03-16', '08:00', '2028-03-16'],
      'order.expired:po': ['2028-03-17', '08:00', '2028-03-17'],
    });
  });

  it('carries the exact titles, audiences, rule id and citation of the filing deadline', () => {
    const byKey = new Map(plan([po], '2026-03-17').map((p) => [p.key, p]));
    expect(byKey.get('extend.talk:po')).toMatchObject({
      title: 'Talk to the client about extending',
      audience: 'advocate',
      ruleId: 'VA.FA.PO.EXTENSION_FILE_BY',
      citation: 'Va. Code § 16.1-279.1(B)',
      onCourtDay: true,
      courtId: 'jdr-a',
    });
    expect(byKey.get('extend.file:po')).toMatchObject({
      title: 'File the motion to extend',
      audience: 'advocate',
    });
    expect(byKey.get('extend.escalate:po')).toMatchObject({
      title: 'No motion to extend recorded: the filing deadline is Thu 16 Mar 2028',
      audience: 'supervisor',
    });
    expect(byKey.get('extend.deadline:po')).toMatchObject({ audience: 'both' });
    expect(byKey.get('order.expired:po')).toMatchObject({
      title: 'Order expired: confirm with the client',
      ruleId: 'VA.FA.PO.MAX_DURATION',
      citation: 'Va. Code § 16.1-279.1(B)',
    });
    expect(byKey.get('extend.talk:po')?.explanation).toContain('60 days before the order expires');
  });

  it('drops every extension follow-up once a motion to extend is recorded, keeping the expiry check', () => {
    const motion: CaseEvent = {
      type: 'extension_motion_filed',
      orderId: 'po',
      on: { date: '2028-01-20' },
    };
    expect(plan([po, motion], '2028-01-21').map((p) => p.key)).toEqual(['order.expired:po']);
  });

  it('moves every extension follow-up with a stated expiry', () => {
    const stated = issued(
      'po',
      'FA_PO',
      { date: '2026-03-16' },
      { statedExpiry: { date: '2027-09-30' } },
    );
    expect(schedule(plan([stated], '2026-03-17'))).toEqual({
      // Expires Thu 2027-09-30: − 60 days = Sun 2027-08-01 → Fri 2027-07-30.
      'extend.talk:po': ['2027-07-30', '08:00', '2027-09-30'],
      'extend.file:po': ['2027-08-31', '08:00', '2027-09-30'],
      'extend.escalate:po': ['2027-09-20', '08:00', '2027-09-30'],
      'extend.deadline:po': ['2027-09-30', '08:00', '2027-09-30'],
      'order.expired:po': ['2027-10-01', '08:00', '2027-10-01'],
    });
  });

  it('counts back from a filing deadline rolled back from a weekend expiry (R11, A-11)', () => {
    // Stated expiry Sun 2027-10-31: the motion must be filed by Fri 2027-10-29.
    const stated = issued(
      'po',
      'FA_PO',
      { date: '2026-03-16' },
      { statedExpiry: { date: '2027-10-31' } },
    );
    const s = schedule(plan([stated], '2026-03-17'));
    expect(s['extend.deadline:po']).toEqual(['2027-10-29', '08:00', '2027-10-29']);
    expect(s['extend.file:po']).toEqual(['2027-09-29', '08:00', '2027-10-29']);
    expect(s['extend.escalate:po']).toEqual(['2027-10-19', '08:00', '2027-10-29']);
  });

  it('hands the follow-ups to the extended order once the extension is granted', () => {
    const granted: CaseEvent = {
      type: 'extension_granted',
      orderId: 'po',
      newOrderId: 'po2',
      on: '2028-03-10',
    };
    const motion: CaseEvent = {
      type: 'extension_motion_filed',
      orderId: 'po',
      on: { date: '2028-02-01' },
    };
    const keys = plan([po, motion, granted], '2028-03-11').map((p) => p.key);
    expect(keys).toEqual([
      'extend.talk:po2',
      'extend.file:po2',
      'extend.escalate:po2',
      'extend.deadline:po2',
      'order.expired:po2',
    ]);
  });

  it('plans nothing for a dissolved order', () => {
    const dissolved: CaseEvent = { type: 'order_dissolved', orderId: 'po', on: '2026-06-01' };
    expect(plan([po, dissolved], '2026-06-02')).toEqual([]);
  });

  it('uses the organisation lead times', () => {
    const s = schedule(
      plan([po], '2026-03-17', {
        leads: { talkToClientDaysBeforeExpiry: 90, fileMotionDaysBeforeDeadline: 45 },
      }),
    );
    // 2028-03-16 − 90 = Fri 2027-12-17; 2028-03-16 − 45 = Mon 2028-01-31.
    expect(s['extend.talk:po']?.[0]).toBe('2027-12-17');
    expect(s['extend.file:po']?.[0]).toBe('2028-01-31');
  });
});

describe('final substantial risk order and AOV final order', () => {
  it('plans an FSRO from its stated expiry under R33', () => {
    const fsro = issued(
      'f',
      'FSRO',
      { date: '2026-04-01' },
      { statedExpiry: { date: '2026-09-28' } },
    );
    const byKey = new Map(plan([fsro], '2026-04-02').map((p) => [p.key, p]));
    expect(byKey.get('extend.deadline:f')).toMatchObject({
      due: { date: '2026-09-28', time: '08:00' },
      ruleId: 'VA.SRO.EXTENSION',
    });
    // Mon 2026-09-28 − 60 days = Thu 2026-07-30, a court day.
    expect(byKey.get('extend.talk:f')?.due.date).toBe('2026-07-30');
  });

  it('asks law enforcement to file for an FSRO: the advocate cannot (R30, R33)', () => {
    const fsro = issued(
      'f',
      'FSRO',
      { date: '2026-04-01' },
      { statedExpiry: { date: '2026-09-28' } },
    );
    const planned = plan([fsro], '2026-04-02').filter((p) => p.key.startsWith('extend.'));
    expect(planned.map((p) => p.title)).toEqual([
      'Talk to the client about asking law enforcement to extend the order',
      "Ask law enforcement or the Commonwealth's attorney to file the motion to extend",
      'No motion to extend recorded: the filing deadline is Mon 28 Sep 2026',
      "Last day for law enforcement or the Commonwealth's attorney to file the motion to extend: Mon 28 Sep 2026",
    ]);
    for (const p of planned) {
      expect(p.explanation).toContain(
        "Only the Commonwealth's attorney or law enforcement may file it (R33).",
      );
    }
    const po = issued('po', 'FA_PO', { date: '2026-04-01' });
    expect(plan([po], '2026-04-02').find((p) => p.key === 'extend.file:po')?.title).toBe(
      'File the motion to extend',
    );
  });

  it('plans an AOV_PO under R25', () => {
    const aov = issued('a', 'AOV_PO', { date: '2026-04-01' });
    const byKey = new Map(plan([aov], '2026-04-02').map((p) => [p.key, p]));
    expect(byKey.get('extend.file:a')).toMatchObject({ ruleId: 'VA.AOV.PO' });
  });
});

describe('preliminary order: FA_PPO issued Mon 2026-03-02, full hearing Mon 2026-03-16', () => {
  const ppo = issued('ppo', 'FA_PPO', { date: '2026-03-02' });
  const hearing: CaseEvent = {
    type: 'hearing_scheduled',
    hearingId: 'h',
    kind: 'ppo_full_hearing',
    at: { date: '2026-03-16' },
    orderId: 'ppo',
  };

  it('checks service 2 court days after issuance, then every 3 court days until the hearing', () => {
    expect(schedule(plan([ppo, hearing], '2026-03-02'))).toEqual({
      'service.check:ppo:1': ['2026-03-04', '08:00', '2026-03-04'],
      'service.check:ppo:2': ['2026-03-09', '08:00', '2026-03-09'],
      'service.check:ppo:3': ['2026-03-12', '08:00', '2026-03-12'],
      // 2 court days before Mon 03-16: Thu 03-12; the day to act is the hearing.
      'ppo.extend:ppo': ['2026-03-12', '08:00', '2026-03-16'],
      'order.expired:ppo': ['2026-03-18', '08:00', '2026-03-18'],
    });
  });

  it('sends the extension request to advocate and supervisor under R07', () => {
    const extend = plan([ppo, hearing], '2026-03-02').find((p) => p.key === 'ppo.extend:ppo');
    expect(extend).toMatchObject({
      title:
        'Ask the court to extend the preliminary order: respondent not served (up to 6 months)',
      audience: 'both',
      ruleId: 'VA.FA.PPO.UNSERVED_EXT',
      citation: 'Va. Code § 16.1-253.1(B)',
      hearingId: 'h',
    });
  });

  it('moves the checks and the extension request with a continuance', () => {
    const continued: CaseEvent = { ...hearing, at: { date: '2026-03-23' } } as CaseEvent;
    const s = schedule(plan([ppo, continued], '2026-03-02'));
    expect(Object.keys(s).filter((k) => k.startsWith('service.check'))).toHaveLength(5);
    expect(s['service.check:ppo:4']).toEqual(['2026-03-17', '08:00', '2026-03-17']);
    expect(s['service.check:ppo:5']).toEqual(['2026-03-20', '08:00', '2026-03-20']);
    expect(s['ppo.extend:ppo']).toEqual(['2026-03-19', '08:00', '2026-03-23']);
  });

  it('stops checking and asking once personal service is recorded', () => {
    const served: CaseEvent = {
      type: 'order_served',
      orderId: 'ppo',
      at: { date: '2026-03-05', time: '15:00' },
      personal: true,
    };
    expect(
      plan([ppo, hearing, served], '2026-03-06').filter((p) => p.key !== 'order.expired:ppo'),
    ).toEqual([]);
  });

  it('keeps checking after service that was not personal', () => {
    const posted: CaseEvent = {
      type: 'order_served',
      orderId: 'ppo',
      at: { date: '2026-03-05' },
      personal: false,
    };
    expect(plan([ppo, hearing, posted], '2026-03-02').map((p) => p.key)).toContain(
      'ppo.extend:ppo',
    );
  });

  it('collapses checks already overdue into the latest one', () => {
    const keys = plan([ppo, hearing], '2026-03-10').map((p) => p.key);
    expect(keys.filter((k) => k.startsWith('service.check'))).toEqual([
      'service.check:ppo:2',
      'service.check:ppo:3',
    ]);
  });

  it('plans nothing once the final order is granted at the hearing', () => {
    const held: CaseEvent = {
      type: 'hearing_held',
      hearingId: 'h',
      on: '2026-03-16',
      outcome: 'granted',
    };
    const po = issued('po', 'FA_PO', { date: '2026-03-16' }, { parentOrderId: 'ppo' });
    expect(plan([ppo, hearing, held, po], '2026-03-17').filter((p) => p.orderId === 'ppo')).toEqual(
      [],
    );
  });

  it('runs to the R05 hearing-by date when no hearing is recorded, and skips court holidays', () => {
    // FA_PPO issued Fri 2026-05-08: R05 date Tue 05-26 (Memorial Day Mon 05-25 skipped).
    const may = issued('ppo', 'FA_PPO', { date: '2026-05-08' });
    expect(schedule(plan([may], '2026-05-08'))).toMatchObject({
      'service.check:ppo:1': ['2026-05-12', '08:00', '2026-05-12'],
      'service.check:ppo:2': ['2026-05-15', '08:00', '2026-05-15'],
      'service.check:ppo:3': ['2026-05-20', '08:00', '2026-05-20'],
      'ppo.extend:ppo': ['2026-05-21', '08:00', '2026-05-26'],
    });
  });

  it('uses entered court closures for court days', () => {
    const calendar: CourtCalendarData = {
      closures: [
        {
          date: '2026-03-04',
          courtIds: ['jdr-a'],
          allDay: true,
          kind: 'court_closure',
          name: 'Snow closure',
          authority: 'Chief judge order 26-03',
        },
      ],
    };
    const s = schedule(plan([ppo, hearing], '2026-03-02', { calendar }));
    expect(s['service.check:ppo:1']?.[0]).toBe('2026-03-05');
    expect(s['service.check:ppo:2']?.[0]).toBe('2026-03-10');
  });
});

describe('emergency order: FA_EPO issued Mon 2026-03-02 10:00, expires Thu 2026-03-05 23:59', () => {
  const epo = issued('epo', 'FA_EPO', { date: '2026-03-02', time: '10:00' });

  it('asks at issuance for the petition for a preliminary order, naming the expiry', () => {
    expect(plan([epo], '2026-03-02')).toEqual([
      expect.objectContaining({
        key: 'epo.petition:epo',
        due: { date: '2026-03-02', time: '10:00' },
        actBy: '2026-03-05',
        title:
          'File the petition for a preliminary order before the emergency order expires on Thu 5 Mar 2026',
        ruleId: 'VA.FA.EPO.EXPIRY',
        citation: 'Va. Code § 16.1-253.4',
        audience: 'advocate',
      }),
    ]);
  });

  it('adds the next-friend deadline for a minor protected against a parent (R03, example 10)', () => {
    const minor = issued(
      'epo',
      'FA_EPO',
      { date: '2026-03-02', time: '10:00' },
      { protectsMinorAgainstParent: true },
    );
    const nextFriend = plan([minor], '2026-03-02').find((p) => p.kind === 'next_friend_deadline');
    expect(nextFriend).toMatchObject({
      key: 'epo.next_friend:epo',
      due: { date: '2026-03-02', time: '10:00' },
      actBy: '2026-03-06',
      title: 'File the next-friend petition for the minor by 11:59 p.m. Fri 6 Mar 2026',
      ruleId: 'VA.FA.EPO.NEXT_FRIEND',
    });
  });

  it('gives the last court day when the next-friend deadline falls on a Saturday (example 11)', () => {
    const minor = issued(
      'epo',
      'FA_EPO',
      { date: '2026-03-03' },
      { protectsMinorAgainstParent: true },
    );
    const nextFriend = plan([minor], '2026-03-03').find((p) => p.kind === 'next_friend_deadline');
    expect(nextFriend).toMatchObject({ actBy: '2026-03-06', due: { date: '2026-03-03' } });
  });

  it('is answered by a recorded PPO petition or a PPO', () => {
    expect(
      plan([epo], '2026-03-03', {
        facts: { petitions: [{ sought: 'FA_PPO', filedOn: '2026-03-03' }] },
      }),
    ).toEqual([]);
    const ppo = issued('ppo', 'FA_PPO', { date: '2026-03-04' }, { parentOrderId: 'epo' });
    expect(plan([epo, ppo], '2026-03-04').filter((p) => p.orderId === 'epo')).toEqual([]);
  });

  it('ignores a petition filed before this emergency order', () => {
    const keys = plan([epo], '2026-03-03', {
      facts: { petitions: [{ sought: 'FA_PPO', filedOn: '2026-01-10' }] },
    }).map((p) => p.key);
    expect(keys).toEqual(['epo.petition:epo']);
  });

  describe('after an incapacity extension recorded as a new emergency order (R02)', () => {
    const minor = issued(
      'epo',
      'FA_EPO',
      { date: '2026-03-02', time: '10:00' },
      { protectsMinorAgainstParent: true },
    );
    const extended = issued(
      'epo-2',
      'FA_EPO',
      { date: '2026-03-05', time: '16:00' },
      { parentOrderId: 'epo', extensionOf: 'incapacity' },
    );

    it("asks for the next-friend petition once, by the extended order's deadline (R03)", () => {
      const nextFriend = plan([minor, extended], '2026-03-05').filter(
        (p) => p.kind === 'next_friend_deadline',
      );
      expect(nextFriend).toEqual([
        expect.objectContaining({
          key: 'epo.next_friend:epo-2',
          title: 'File the next-friend petition for the minor by 11:59 p.m. Mon 9 Mar 2026',
        }),
      ]);
    });

    it('asks for the petition once, by the extended order, not also by the first one', () => {
      const petitions = plan([minor, extended], '2026-03-05').filter(
        (p) => p.kind === 'emergency_petition',
      );
      expect(petitions).toEqual([
        expect.objectContaining({
          key: 'epo.petition:epo-2',
          title:
            'File the petition for a preliminary order before the emergency order expires on Sun 8 Mar 2026',
        }),
      ]);
    });

    it('takes a preliminary order following the extension as answering the first order too', () => {
      const ppo = issued('ppo', 'FA_PPO', { date: '2026-03-06' }, { parentOrderId: 'epo-2' });
      expect(
        plan([minor, extended, ppo], '2026-03-06').filter((p) => p.kind === 'emergency_petition'),
      ).toEqual([]);
    });

    it('takes a petition filed while the first order was in force as answering the extended one', () => {
      // The case's events and the planning facts both hold the petition, as the API gives them.
      const filed: CaseEvent = {
        type: 'petition_filed',
        on: { date: '2026-03-03' },
        sought: 'FA_PPO',
        courtId: 'jdr-a',
      };
      expect(
        plan([minor, extended, filed], '2026-03-05', {
          facts: { petitions: [{ sought: 'FA_PPO', filedOn: '2026-03-03' }] },
        }).filter((p) => p.orderId === 'epo-2'),
      ).toEqual([]);
    });
  });
});

describe('medical-records notice (R13) when the case holds medical evidence', () => {
  const medical: CaseEvent = { type: 'medical_evidence_recorded' };

  it('reminds 5 days ahead of a PPO hearing notice due 24 hours before (example 31)', () => {
    const ppo = issued('ppo', 'FA_PPO', { date: '2026-03-02' });
    const hearing: CaseEvent = {
      type: 'hearing_scheduled',
      hearingId: 'h',
      kind: 'ppo_full_hearing',
      at: { date: '2026-03-17', time: '09:30' },
      orderId: 'ppo',
    };
    const served: CaseEvent = {
      type: 'order_served',
      orderId: 'ppo',
      at: { date: '2026-03-03' },
      personal: true,
    };
    const notice = plan([ppo, hearing, served, medical], '2026-03-03').find(
      (p) => p.kind === 'medical_notice',
    );
    expect(notice).toMatchObject({
      key: 'hearing.medical_notice:h',
      due: { date: '2026-03-11', time: '08:00' },
      actBy: '2026-03-16',
      title:
        'Give the respondent notice of the medical records (copy and written notice) by 9:30 a.m. Mon 16 Mar 2026',
      ruleId: 'VA.FA.MEDICAL_NOTICE',
    });
  });

  it('counts from the act-by day of a final trial notice (example 30)', () => {
    const ppo = issued('ppo', 'FA_PPO', { date: '2026-10-01' });
    const trial: CaseEvent = {
      type: 'hearing_scheduled',
      hearingId: 't',
      kind: 'final_trial',
      at: { date: '2026-10-22' },
      orderId: 'ppo',
    };
    const notice = plan([ppo, trial, medical], '2026-10-01').find(
      (p) => p.kind === 'medical_notice',
    );
    // Act by Fri 10-09; 5 days before is Sun 10-04, pulled back to Fri 10-02.
    expect(notice).toMatchObject({
      due: { date: '2026-10-02', time: '08:00' },
      actBy: '2026-10-09',
    });
  });

  it('plans no notice without medical evidence', () => {
    const ppo = issued('ppo', 'FA_PPO', { date: '2026-10-01' });
    const trial: CaseEvent = {
      type: 'hearing_scheduled',
      hearingId: 't',
      kind: 'final_trial',
      at: { date: '2026-10-22' },
      orderId: 'ppo',
    };
    expect(plan([ppo, trial], '2026-10-01').some((p) => p.kind === 'medical_notice')).toBe(false);
  });
});

describe('lead-time settings', () => {
  it('refuses a lead time outside its range, naming the field', () => {
    const po = issued('po', 'FA_PO', { date: '2026-03-16' });
    const run = () => plan([po], '2026-03-17', { leads: { serviceCheckEveryCourtDays: 0 } });
    expect(run).toThrow(RulesInputError);
    expect(run).toThrow(expect.objectContaining({ field: 'serviceCheckEveryCourtDays' }));
  });

  it('refuses a fractional lead time', () => {
    const run = () => plan([], '2026-03-17', { leads: { talkToClientDaysBeforeExpiry: 1.5 } });
    expect(run).toThrow(expect.objectContaining({ field: 'talkToClientDaysBeforeExpiry' }));
  });
});

describe('planning is a pure function of its inputs', () => {
  it('returns the same plan, in due order, for the same facts', () => {
    const events = [
      issued('epo', 'FA_EPO', { date: '2026-03-02', time: '10:00' }),
      issued('ppo', 'FA_PPO', { date: '2026-03-04' }, { parentOrderId: 'epo' }),
    ];
    const a = plan(events, '2026-03-04');
    expect(plan(events, '2026-03-04')).toEqual(a);
    const dues = a.map((p) => `${p.due.date} ${p.due.time}`);
    expect([...dues].sort()).toEqual(dues);
  });
});

describe('preliminary order extended because the respondent was not served (R07, example 17)', () => {
  // FA_PPO issued Mon 2026-03-02; at the hearing Tue 03-17 the respondent had not been served and
  // the court extended the order to Thu 09-17 (hearing + 6 months).
  const ppo = issued('p1', 'FA_PPO', { date: '2026-03-02' });
  const failedHearing: CaseEvent[] = [
    {
      type: 'hearing_scheduled',
      hearingId: 'h1',
      kind: 'ppo_full_hearing',
      at: { date: '2026-03-17' },
      orderId: 'p1',
    },
    { type: 'hearing_held', hearingId: 'h1', on: '2026-03-17', outcome: 'respondent_not_served' },
  ];
  const inPlace: CaseEvent = {
    type: 'unserved_extension_granted',
    orderId: 'p1',
    on: '2026-03-17',
  };
  const asOf = { date: '2026-03-17', time: '16:00' };
  const planAt = (events: CaseEvent[]) =>
    planFollowups(
      computeDeadlines({ events }, STATEWIDE_CALENDAR, asOf),
      {},
      DEFAULT_FOLLOWUP_LEAD_TIMES,
      STATEWIDE_CALENDAR,
    );
  const checksOf = (planned: PlannedFollowup[], orderId: string) =>
    planned.filter((p) => p.key.startsWith(`service.check:${orderId}@2026-03-17:`));

  it('asks at once, the day of the grant, to have the extended order served', () => {
    const planned = planAt([ppo, ...failedHearing, inPlace]);
    expect(planned[0]).toMatchObject({
      key: 'service.check:p1@2026-03-17:1',
      due: { date: '2026-03-17', time: '08:00' },
      actBy: '2026-03-17',
      title: 'Have the extended order served as soon as possible',
      ruleId: 'VA.FA.PPO.UNSERVED_EXT',
      citation: 'Va. Code § 16.1-253.1(B)',
    });
    // Nothing of the series that ran up to the failed hearing is planned again.
    expect(planned.filter((p) => /^service\.check:p1:\d+$/.test(p.key))).toEqual([]);
  });

  it('keeps checking every 3 court days until the extended expiry, past 20 checks', () => {
    const checks = checksOf(planAt([ppo, ...failedHearing, inPlace]), 'p1');
    expect(checks.length).toBeGreaterThan(20);
    expect(checks[1]?.actBy).toBe('2026-03-20');
    expect(checks.at(-1)?.actBy).toBe('2026-09-15');
  });

  it('asks an attorney, not the court, about a further extension (A-06), once per grant', () => {
    const planned = planAt([ppo, ...failedHearing, inPlace]);
    expect(planned.map((p) => p.key)).not.toContain('ppo.extend:p1');
    expect(planned.find((p) => p.kind === 'preliminary_extension')).toMatchObject({
      key: 'ppo.extend_again:p1@2026-03-17',
      title: 'Respondent still not served: ask an attorney about a further extension',
      due: { date: '2026-09-15', time: '08:00' },
      actBy: '2026-09-17',
      audience: 'both',
    });
  });

  it('runs the checks and the question up to a new hearing set after the grant', () => {
    const next: CaseEvent = {
      type: 'hearing_scheduled',
      hearingId: 'h2',
      kind: 'ppo_full_hearing',
      at: { date: '2026-09-10' },
      orderId: 'p1',
    };
    const planned = planAt([ppo, ...failedHearing, inPlace, next]);
    expect(checksOf(planned, 'p1').at(-1)?.actBy).toBe('2026-09-04');
    expect(planned.find((p) => p.kind === 'preliminary_extension')).toMatchObject({
      actBy: '2026-09-10',
      hearingId: 'h2',
    });
  });

  it('plans the same for an extension recorded as a new order, from its own day', () => {
    const extension = issued('p2', 'FA_PPO', { date: '2026-03-17' }, {
      parentOrderId: 'p1',
      extensionOf: 'unserved',
    } as Partial<OrderFacts>);
    const planned = planAt([ppo, ...failedHearing, extension]);
    expect(planned[0]).toMatchObject({
      key: 'service.check:p2@2026-03-17:1',
      due: { date: '2026-03-17', time: '08:00' },
    });
    expect(planned.filter((p) => p.orderId === 'p1')).toEqual([]);
  });

  it('stops once the extended order is personally served', () => {
    const served: CaseEvent = {
      type: 'order_served',
      orderId: 'p1',
      at: { date: '2026-03-19', time: '10:00' },
      personal: true,
    };
    expect(
      planAt([ppo, ...failedHearing, inPlace, served]).filter((p) => p.key.includes('@')),
    ).toEqual([]);
  });
});

describe('preliminary order whose hearing is continued for months', () => {
  it('checks service every 3 court days up to the continued hearing, not only 20 times', () => {
    const ppo = issued('ppo', 'FA_PPO', { date: '2026-03-02' });
    const hearing: CaseEvent = {
      type: 'hearing_scheduled',
      hearingId: 'h',
      kind: 'ppo_full_hearing',
      at: { date: '2026-07-30' },
      orderId: 'ppo',
    };
    const checks = plan([ppo, hearing], '2026-03-02').filter((p) => p.kind === 'service_check');
    expect(checks.length).toBeGreaterThan(20);
    expect((checks.at(-1)?.actBy ?? '9999') < '2026-07-30').toBe(true);
  });
});
