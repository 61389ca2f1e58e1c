import request from 'supertest';

import { aCaseRequest } from '@haven/testing';

import type { ReportListResponse, ReportRunResponse, ReportSection } from '@haven/contracts';

import { castOf, seedCast, type Cast, type CastSpec } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import {
  insertHearingRow,
  insertOrderRow,
  insertPetitionRow,
  insertServiceAttemptRow,
  insertViolationRow,
} from '@api/testing/fact-rows.fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const CAST = {
  ...castOf('staff', 'supervisor', 'advocate', 'admin', 'outsider'),
} satisfies CastSpec;

/** A section as `row key → cell displays`, every cell, in column order. */
function table(section: ReportSection | undefined): Record<string, string[]> {
  if (!section) throw new Error('no such section');
  return Object.fromEntries(section.rows.map((r) => [r.key, r.cells.map((c) => c.display)]));
}
const sectionOf = (run: ReportRunResponse, id: string) => run.sections.find((s) => s.id === id);
const zeros = (n: number) => Array.from({ length: n }, () => '0');

describe('funder reports over a hand-built organisation (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let a1: SeededCase;
  let a2: SeededCase;
  let b1: SeededCase;
  let c1: SeededCase;
  let declineId: string;
  const source: Record<'voca' | 'ovw' | 'lsc' | 'dcjs', string> = {
    voca: '',
    ovw: '',
    lsc: '',
    dcjs: '',
  };
  const http = () => request(t.app.getHttpServer());
  const run = async (query: string, who: keyof typeof CAST = 'staff') => {
    const res = await http()
      .get(`/api/reports/run?${query}`)
      .set('Cookie', await cast.cookieOf(who));
    expect(res.status).toBe(200);
    return res.body as ReportRunResponse;
  };
  const put = async (path: string, body: object) =>
    http()
      .put(`/api/${path}`)
      .set('Cookie', await cast.cookieOf('supervisor'))
      .send(body);

  const demographics = (over: Record<string, unknown> = {}, classifications = {}) => ({
    raceEthnicity: [],
    gender: 'not_reported',
    ageBand: 'not_reported',
    ...over,
    classifications: {
      disability: 'not_reported',
      deafHardOfHearing: 'not_reported',
      limitedEnglish: 'not_reported',
      immigrantRefugeeAsylum: 'not_reported',
      rural: 'not_reported',
      homeless: 'not_reported',
      lgbtq: 'not_reported',
      veteran: 'not_reported',
      ...classifications,
    },
  });
  const facts = (c: SeededCase, body: Record<string, unknown>) =>
    put(`cases/${c.id}/report-facts`, {
      victimisations: [],
      legalIssues: [],
      lscProblemCode: null,
      serviceStatus: null,
      notServedReason: null,
      demographics: demographics(),
      funding: [],
      ...body,
    });
  const activity = async (c: SeededCase, performedOn: string, kind: string, funded: string[]) => {
    const res = await cast.post('supervisor', `/cases/${c.id}/activities`, {
      kind,
      performedOn,
      minutes: 30,
      fundingSourceIds: funded,
    });
    expect(res.status).toBe(201);
  };
  const addSource = async (
    name: string,
    funder: string,
    startsOn: string,
    endsOn: string | null = null,
  ): Promise<string> => {
    const res = await cast.post('admin', '/funding-sources', { name, funder, startsOn, endsOn });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const closeCase = (c: SeededCase, closedOn: string, lscClosingCode: string) =>
    t.dataSource.query(
      `update case_file set closed_on = $2, lsc_closing_code = $3, stage = 'closed' where id = $1`,
      [c.id, closedOn, lscClosingCode],
    );
  const funding = (...ids: string[]) =>
    ids.map((fundingSourceId) => ({ fundingSourceId, startsOn: '2026-09-01', endsOn: null }));

  beforeAll(async () => {
    t = await createTestApp();
    cast = await seedCast(t, CAST);
    t.clock.set(new Date('2027-04-01T15:00:00Z'));
    await cast.signInAll();
    for (const [key, funder, name] of [
      ['voca', 'VOCA', 'VOCA subgrant'],
      ['ovw', 'OVW', 'OVW LAV grant'],
      ['lsc', 'LSC', 'LSC basic field'],
      ['dcjs', 'VA_DCJS', 'DCJS V/W grant'],
    ] as const) {
      source[key] = await addSource(name, funder, '2026-01-01');
    }
    // Ana: two cases. Bea: new in federal FY 2027 Q1, continuing in Q2. Cal: served in FY 2026
    // and again in FY 2027 (new again: "new" is per fiscal year).
    a1 = await insertCase(t.dataSource, cast.orgId, {
      openedOn: '2026-09-01',
      clientName: 'Ana Quillon',
    });
    a2 = await insertCase(t.dataSource, cast.orgId, { openedOn: '2026-11-01' });
    await t.dataSource.query('update case_file set client_id = $1 where id = $2', [
      a1.clientId,
      a2.id,
    ]);
    a2 = { ...a2, clientId: a1.clientId };
    b1 = await insertCase(t.dataSource, cast.orgId, {
      openedOn: '2026-11-25',
      clientName: 'Bea Marlow',
    });
    await t.dataSource.query(`update case_file set relationship = 'none' where id = $1`, [b1.id]);
    c1 = await insertCase(t.dataSource, cast.orgId, {
      openedOn: '2026-09-15',
      clientName: 'Cal Fenwick',
    });

    const ana = demographics(
      { raceEthnicity: ['hispanic_latino', 'white'], gender: 'woman', ageBand: '25_59' },
      {
        disability: 'yes',
        deafHardOfHearing: 'no',
        limitedEnglish: 'yes',
        immigrantRefugeeAsylum: 'no',
        rural: 'no',
        homeless: 'no',
        lgbtq: 'no',
        veteran: 'no',
      },
    );
    expect(
      (
        await facts(a1, {
          victimisations: ['domestic_violence'],
          legalIssues: ['protection_order'],
          lscProblemCode: '37',
          serviceStatus: 'served',
          demographics: ana,
          funding: funding(source.voca, source.lsc, source.ovw),
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await facts(a2, {
          victimisations: ['domestic_violence', 'stalking_harassment'],
          legalIssues: ['protection_order', 'custody_visitation'],
          lscProblemCode: '31',
          demographics: ana,
          funding: funding(source.voca, source.ovw, source.lsc),
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await facts(b1, {
          victimisations: ['dating_violence'],
          legalIssues: ['protection_order'],
          lscProblemCode: '37',
          serviceStatus: 'partially_served',
          demographics: demographics({ gender: 'woman', ageBand: '18_24' }, { rural: 'yes' }),
          funding: funding(source.voca, source.ovw, source.dcjs),
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await facts(c1, {
          lscProblemCode: '37',
          serviceStatus: 'served',
          demographics: demographics(
            { raceEthnicity: ['black_african_american'], gender: 'man', ageBand: '60_plus' },
            { veteran: 'no' },
          ),
          funding: funding(source.voca, source.lsc),
        })
      ).status,
    ).toBe(200);

    await activity(a1, '2026-10-05', 'advice', [source.voca, source.ovw]);
    await activity(a2, '2026-11-10', 'petition_drafted', [source.voca, source.ovw]);
    await activity(a2, '2026-11-20', 'representation_at_hearing', [source.voca, source.ovw]);
    await activity(b1, '2026-12-01', 'safety_planning', [source.voca, source.dcjs, source.ovw]);
    await activity(b1, '2027-01-15', 'hearing_accompaniment', [source.voca]);
    await activity(c1, '2026-09-20', 'advice', [source.voca, source.dcjs]);
    await activity(c1, '2026-10-20', 'information', [source.voca]);

    const declined = await cast.post('advocate', '/intake-declines', {
      declinedOn: '2026-10-12',
      reason: 'conflict_of_interest',
      victimisations: ['domestic_violence'],
    });
    expect(declined.status).toBe(201);
    declineId = declined.body.id;

    // The order model: A1 sought and granted a final order (28 days), extended while unserved,
    // served personally 7 days after a failed attempt, violated; A2 sought one and was denied;
    // C1 sought and got an act-of-violence order (35 days), served 8 days after the first
    // failure, later dissolved.
    await insertPetitionRow(t.dataSource, a1, '2026-09-03', 'FA_PO');
    const a1Order = await insertOrderRow(t.dataSource, a1, {
      kind: 'FA_PO',
      issuedOn: '2026-10-01',
      servedOn: '2026-10-09',
    });
    await t.dataSource.query(
      `insert into order_extension (organisation_id, case_id, order_id, kind, granted_on)
       values ($1, $2, $3, 'unserved', '2026-10-05')`,
      [cast.orgId, a1.id, a1Order],
    );
    await insertServiceAttemptRow(t.dataSource, a1, {
      orderId: a1Order,
      attemptedOn: '2026-10-02',
      outcome: 'not_found',
    });
    await insertServiceAttemptRow(t.dataSource, a1, {
      orderId: a1Order,
      attemptedOn: '2026-10-09',
      outcome: 'served',
    });
    await insertViolationRow(t.dataSource, a1, {
      orderId: a1Order,
      occurredOn: '2026-11-01',
      acts: ['contact'],
      potentialClass: 'class_1_misdemeanor',
    });
    await insertPetitionRow(t.dataSource, a2, '2026-11-12', 'FA_PO');
    await insertHearingRow(t.dataSource, a2, {
      kind: 'final_trial',
      scheduledOn: '2026-11-20',
      outcome: 'denied',
      heldOn: '2026-11-20',
    });
    await insertPetitionRow(t.dataSource, c1, '2026-09-16', 'AOV_PO');
    const c1Order = await insertOrderRow(t.dataSource, c1, {
      kind: 'AOV_PO',
      issuedOn: '2026-10-21',
      court: 'GDC',
      dissolvedOn: '2026-11-25',
    });
    for (const [attemptedOn, outcome] of [
      ['2026-10-22', 'not_found'],
      ['2026-10-25', 'refused'],
      ['2026-10-30', 'served'],
    ] as const) {
      await insertServiceAttemptRow(t.dataSource, c1, { orderId: c1Order, attemptedOn, outcome });
    }
    // B1 petitioned for a preliminary order (2 Dec), granted that day, reissued to a continued
    // hearing (10 Dec, A-05) and then extended while the respondent was unserved (16 Dec): one
    // request granted once, extended twice.
    await insertPetitionRow(t.dataSource, b1, '2026-12-02', 'FA_PPO');
    const b1Ppo = await insertOrderRow(t.dataSource, b1, {
      kind: 'FA_PPO',
      issuedOn: '2026-12-02',
    });
    const b1Reissued = await insertOrderRow(t.dataSource, b1, {
      kind: 'FA_PPO',
      issuedOn: '2026-12-10',
      statedExpiryOn: '2026-12-16',
      parentOrderId: b1Ppo,
    });
    await insertOrderRow(t.dataSource, b1, {
      kind: 'FA_PPO',
      issuedOn: '2026-12-16',
      parentOrderId: b1Reissued,
      extensionOf: 'unserved',
    });
    await closeCase(a1, '2026-12-15', 'IB');
    await closeCase(c1, '2026-11-30', 'B');
    await closeCase(b1, '2027-02-01', 'A');
    expect((await put('reports/settings', { smallCountThreshold: 0 })).status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('counts VOCA FY 2027 Q1: three new people, their demographics, victimisations and services', async () => {
    const voca = await run('report=voca-pmt&year=2027&part=1');
    expect(voca.period).toEqual({
      label: 'Federal FY 2027, quarter 1',
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(table(sectionOf(voca, 'individuals'))).toEqual({
      new: ['3'],
      continuing: ['0'],
      __total: ['3'],
    });
    expect(table(sectionOf(voca, 'new_race'))).toEqual({
      american_indian_alaska_native: ['0'],
      asian: ['0'],
      black_african_american: ['1'],
      hispanic_latino: ['1'],
      middle_eastern_north_african: ['0'],
      native_hawaiian_pacific_islander: ['0'],
      white: ['1'],
      other: ['0'],
      not_reported: ['1'],
      __total: ['3'],
    });
    expect(table(sectionOf(voca, 'new_gender'))).toEqual({
      woman: ['2'],
      man: ['1'],
      non_binary: ['0'],
      other: ['0'],
      not_reported: ['0'],
    });
    expect(table(sectionOf(voca, 'new_age'))).toEqual({
      '0_12': ['0'],
      '13_17': ['0'],
      '18_24': ['1'],
      '25_59': ['1'],
      '60_plus': ['1'],
      not_reported: ['0'],
    });
    expect(table(sectionOf(voca, 'new_classifications'))).toEqual({
      disability: ['1'],
      disability_not_reported: ['2'],
      deafHardOfHearing: ['0'],
      deafHardOfHearing_not_reported: ['2'],
      limitedEnglish: ['1'],
      limitedEnglish_not_reported: ['2'],
      immigrantRefugeeAsylum: ['0'],
      immigrantRefugeeAsylum_not_reported: ['2'],
      rural: ['1'],
      rural_not_reported: ['1'],
      homeless: ['0'],
      homeless_not_reported: ['2'],
      lgbtq: ['0'],
      lgbtq_not_reported: ['2'],
      veteran: ['0'],
      veteran_not_reported: ['1'],
    });
    expect(table(sectionOf(voca, 'victimisation'))).toEqual({
      domestic_violence: ['1'],
      dating_violence: ['1'],
      family_violence: ['0'],
      sexual_assault: ['0'],
      stalking_harassment: ['1'],
      other: ['0'],
      not_reported: ['1'],
    });
    expect(table(sectionOf(voca, 'services'))).toEqual({
      civil_protection_order: ['1', '2'],
      civil_family_law: ['0', '0'],
      immigration: ['0', '0'],
      legal_advice: ['1', '1'],
      information_referral: ['1', '1'],
      accompaniment: ['0', '0'],
      emotional_safety: ['1', '1'],
      other: ['0', '0'],
      __total: ['3', '5'],
    });
  });

  it('counts a client served in Q1 as continuing in Q2 of the same fiscal year', async () => {
    const voca = await run('report=voca-pmt&year=2027&part=2');
    expect(table(sectionOf(voca, 'individuals'))).toEqual({
      new: ['0'],
      continuing: ['1'],
      __total: ['1'],
    });
    expect(table(sectionOf(voca, 'new_race'))['__total']).toEqual(['0']);
    expect(table(sectionOf(voca, 'victimisation'))).toEqual({
      domestic_violence: ['0'],
      dating_violence: ['1'],
      family_violence: ['0'],
      sexual_assault: ['0'],
      stalking_harassment: ['0'],
      other: ['0'],
      not_reported: ['0'],
    });
    expect(table(sectionOf(voca, 'services'))['accompaniment']).toEqual(['1', '1']);
    expect(table(sectionOf(voca, 'services'))['__total']).toEqual(['1', '1']);
    // Cal's FY 2026 service (20 Sep 2026) makes him new in FY 2026 Q4, and new again in FY 2027.
    const fy26 = await run('report=voca-pmt&year=2026&part=4');
    expect(table(sectionOf(fy26, 'individuals'))).toEqual({
      new: ['1'],
      continuing: ['0'],
      __total: ['1'],
    });
  });

  it('counts Virginia VSDCS on the state fiscal year: what VOCA or DCJS paid for, a person once', async () => {
    // VSDCS is the state's collection for VOCA and its own victim/witness grants: Oct–Dec 2026
    // is VOCA's FY 2027 Q1 and the state's Q2, so the same services count, but Cal, first served
    // on 20 Sep (VOCA and DCJS), is continuing in the state's year and new in VOCA's.
    const all = await run('report=va-vsdcs&year=2027&part=2');
    expect(all.period).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
    expect(table(sectionOf(all, 'individuals'))).toEqual({
      new: ['2'],
      continuing: ['1'],
      __total: ['3'],
    });
    const voca = await run('report=voca-pmt&year=2027&part=1');
    expect(table(sectionOf(voca, 'individuals'))).toEqual({
      new: ['3'],
      continuing: ['0'],
      __total: ['3'],
    });
    expect(table(sectionOf(all, 'services'))).toEqual(table(sectionOf(voca, 'services')));

    // Narrowed to the DCJS grant: only Bea's safety planning of 1 Dec.
    const q2 = await run(`report=va-vsdcs&year=2027&part=2&fundingSourceId=${source.dcjs}`);
    expect(table(sectionOf(q2, 'individuals'))).toEqual({
      new: ['1'],
      continuing: ['0'],
      __total: ['1'],
    });
    expect(table(sectionOf(q2, 'new_race'))).toEqual({
      american_indian_alaska_native: ['0'],
      asian: ['0'],
      black_african_american: ['0'],
      hispanic_latino: ['0'],
      middle_eastern_north_african: ['0'],
      native_hawaiian_pacific_islander: ['0'],
      white: ['0'],
      other: ['0'],
      not_reported: ['1'],
      __total: ['1'],
    });
    expect(table(sectionOf(q2, 'new_gender'))).toEqual({
      woman: ['1'],
      man: ['0'],
      non_binary: ['0'],
      other: ['0'],
      not_reported: ['0'],
    });
    expect(table(sectionOf(q2, 'new_age'))['18_24']).toEqual(['1']);
    expect(table(sectionOf(q2, 'new_classifications'))).toEqual({
      disability: ['0'],
      disability_not_reported: ['1'],
      deafHardOfHearing: ['0'],
      deafHardOfHearing_not_reported: ['1'],
      limitedEnglish: ['0'],
      limitedEnglish_not_reported: ['1'],
      immigrantRefugeeAsylum: ['0'],
      immigrantRefugeeAsylum_not_reported: ['1'],
      rural: ['1'],
      rural_not_reported: ['0'],
      homeless: ['0'],
      homeless_not_reported: ['1'],
      lgbtq: ['0'],
      lgbtq_not_reported: ['1'],
      veteran: ['0'],
      veteran_not_reported: ['1'],
    });
    expect(table(sectionOf(q2, 'services'))).toEqual({
      civil_protection_order: ['0', '0'],
      civil_family_law: ['0', '0'],
      immigration: ['0', '0'],
      legal_advice: ['0', '0'],
      information_referral: ['0', '0'],
      accompaniment: ['0', '0'],
      emotional_safety: ['1', '1'],
      other: ['0', '0'],
      __total: ['1', '1'],
    });
    const q1 = await run('report=va-vsdcs&year=2027&part=1');
    expect(q1.period).toMatchObject({ from: '2026-07-01', to: '2026-09-30' });
    expect(table(sectionOf(q1, 'individuals'))).toEqual({
      new: ['1'],
      continuing: ['0'],
      __total: ['1'],
    });
    expect(table(sectionOf(q1, 'services'))['legal_advice']).toEqual(['1', '1']);
  });

  it('counts OVW July–December 2026: served, partially served, turned away, and the rest', async () => {
    const ovw = await run('report=ovw-lav&year=2026&part=2');
    expect(table(sectionOf(ovw, 'status'))).toEqual({
      served: ['1'],
      partially_served: ['1'],
      not_served: ['1'],
      __total: ['3'],
    });
    // The intake turned away named no grant: it counts under OVW, not under one OVW grant.
    const oneGrant = await run(`report=ovw-lav&year=2026&part=2&fundingSourceId=${source.ovw}`);
    expect(table(sectionOf(oneGrant, 'status'))).toEqual({
      served: ['1'],
      partially_served: ['1'],
      not_served: ['0'],
      __total: ['2'],
    });
    expect(table(sectionOf(ovw, 'not_served_reasons'))).toEqual({
      conflict_of_interest: ['1'],
      outside_service_area: ['0'],
      program_capacity: ['0'],
      did_not_meet_criteria: ['0'],
      declined_services: ['0'],
      other: ['0'],
    });
    expect(table(sectionOf(ovw, 'victimisation'))).toEqual({
      dv_dating: ['2'],
      sexual_assault: ['0'],
      stalking: ['1'],
      other: ['0'],
      not_reported: ['0'],
      __total: ['2'],
    });
    expect(table(sectionOf(ovw, 'race'))).toEqual({
      american_indian_alaska_native: ['0'],
      asian: ['0'],
      black_african_american: ['0'],
      hispanic_latino: ['1'],
      middle_eastern_north_african: ['0'],
      native_hawaiian_pacific_islander: ['0'],
      white: ['1'],
      other: ['0'],
      not_reported: ['1'],
      __total: ['2'],
    });
    expect(table(sectionOf(ovw, 'gender'))).toEqual({
      woman: ['2'],
      man: ['0'],
      non_binary: ['0'],
      other: ['0'],
      not_reported: ['0'],
    });
    expect(table(sectionOf(ovw, 'age'))).toEqual({
      '0_12': ['0'],
      '13_17': ['0'],
      '18_24': ['1'],
      '25_59': ['1'],
      '60_plus': ['0'],
      not_reported: ['0'],
    });
    expect(table(sectionOf(ovw, 'classifications'))).toEqual({
      disability: ['1'],
      disability_not_reported: ['1'],
      deafHardOfHearing: ['0'],
      deafHardOfHearing_not_reported: ['1'],
      limitedEnglish: ['1'],
      limitedEnglish_not_reported: ['1'],
      immigrantRefugeeAsylum: ['0'],
      immigrantRefugeeAsylum_not_reported: ['1'],
      rural: ['1'],
      rural_not_reported: ['0'],
    });
    expect(table(sectionOf(ovw, 'relationship'))).toEqual({
      intimate_partner: ['1'],
      family_household: ['0'],
      unknown: ['1'],
    });
    expect(table(sectionOf(ovw, 'legal_issues'))).toEqual({
      protection_order: ['2'],
      divorce: ['0'],
      custody_visitation: ['1'],
      child_support: ['0'],
      housing: ['0'],
      immigration: ['0'],
      public_benefits: ['0'],
      employment: ['0'],
      criminal_court_advocacy: ['0'],
      other: ['0'],
      not_reported: ['0'],
    });
    // B1's preliminary order counts once: its reissue and extension are not new grants.
    expect(table(sectionOf(ovw, 'protection_orders'))).toEqual({
      temporary: ['1', '1'],
      final: ['2', '1'],
    });
    expect(table(sectionOf(ovw, 'services'))).toEqual({
      advice: ['1', '1'],
      brief_service: ['0', '0'],
      petition_drafted: ['1', '1'],
      hearing_accompaniment: ['0', '0'],
      representation_at_hearing: ['1', '1'],
      safety_planning: ['1', '1'],
      information: ['0', '0'],
      referral: ['0', '0'],
      family_law_assistance: ['0', '0'],
      immigration_assistance: ['0', '0'],
      emotional_support: ['0', '0'],
      other: ['0', '0'],
      __total: ['2', '4'],
    });
  });

  it('counts LSC cases closed in 2026 by problem × closing code, and those open at year end', async () => {
    const lsc = await run('report=lsc-csr&year=2026');
    const closed = table(sectionOf(lsc, 'closed'));
    // Columns: A B F G H IA IB IC K L not_recorded.
    const row37 = ['0', '1', '0', '0', '0', '0', '1', '0', '0', '0', '0'];
    for (const code of ['30', '31', '32', '33', '34', '35', '36', '38', '39', 'not_recorded']) {
      expect({ code, cells: closed[code] }).toEqual({ code, cells: zeros(11) });
    }
    expect(closed['37']).toEqual(row37);
    expect(closed['__total']).toEqual(row37);
    const open = table(sectionOf(lsc, 'open_at_end'));
    expect(open).toEqual({
      '30': ['0'],
      '31': ['1'],
      '32': ['0'],
      '33': ['0'],
      '34': ['0'],
      '35': ['0'],
      '36': ['0'],
      '37': ['0'],
      '38': ['0'],
      '39': ['0'],
      not_recorded: ['0'],
      __total: ['1'],
    });
  });

  it('counts 2026 outcomes: orders by kind and month, violations and median days', async () => {
    const outcomes = await run('report=outcomes&year=2026');
    // Columns: sought, granted, denied, extended, dissolved.
    expect(table(sectionOf(outcomes, 'orders_by_kind'))).toEqual({
      FA_EPO: zeros(5),
      FA_PPO: ['1', '1', '0', '2', '0'],
      FA_PO: ['2', '1', '1', '1', '0'],
      AOV_EPO: zeros(5),
      AOV_PPO: zeros(5),
      AOV_PO: ['1', '1', '0', '0', '1'],
      ESRO: zeros(5),
      FSRO: zeros(5),
      unknown: zeros(5),
      __total: ['4', '3', '1', '3', '1'],
    });
    const byMonth = table(sectionOf(outcomes, 'orders_by_month'));
    expect(Object.keys(byMonth)).toHaveLength(13);
    expect(byMonth).toMatchObject({
      '2026-01': zeros(5),
      '2026-08': zeros(5),
      '2026-09': ['2', '0', '0', '0', '0'],
      '2026-10': ['0', '2', '0', '1', '0'],
      '2026-11': ['1', '0', '1', '0', '1'],
      '2026-12': ['1', '1', '0', '2', '0'],
      __total: ['4', '3', '1', '3', '1'],
    });
    for (const month of ['02', '03', '04', '05', '06', '07']) {
      expect(byMonth[`2026-${month}`]).toEqual(zeros(5));
    }
    expect(table(sectionOf(outcomes, 'violations'))).toEqual({
      class_6_felony: ['0'],
      class_1_misdemeanor: ['1'],
      none_identified: ['0'],
      __total: ['1'],
    });
    expect(table(sectionOf(outcomes, 'durations'))).toEqual({
      petition_to_final_order: ['31.5', '2'],
      failed_service_to_personal: ['7.5', '2'],
    });
  });

  it('holds no identifier in any report or its CSV, and writes an audit row for every run', async () => {
    const before = Number(
      (
        (await t.dataSource.query(
          `select count(*) as n from audit_event where action = 'report_run'`,
        )) as [{ n: string }]
      )[0].n,
    );
    const reports = [
      'report=voca-pmt&year=2027&part=1',
      'report=va-vsdcs&year=2027&part=2',
      'report=ovw-lav&year=2026&part=2',
      'report=lsc-csr&year=2026',
      'report=outcomes&year=2026',
    ];
    const identifiers = [
      ...[a1, a2, b1, c1].flatMap((c) => [c.id, c.reference, c.clientId, c.respondentId]),
      declineId,
      'Ana Quillon',
      'Bea Marlow',
      'Cal Fenwick',
      cast.orgId,
    ];
    for (const query of reports) {
      const body = await run(query);
      const text = JSON.stringify(body);
      for (const id of identifiers) {
        expect({ query, leaks: text.includes(id) || body.csv.includes(id) }).toEqual({
          query,
          leaks: false,
        });
      }
      // Counts only: every cell is a number, a "<N" or a dash for a median with nothing measured.
      const displays = body.sections.flatMap((s) =>
        s.rows.flatMap((r) => r.cells.map((c) => c.display)),
      );
      expect(displays.every((d) => /^(\d+(\.\d)?|<\d+|\*|–)$/.test(d))).toBe(true);
    }
    const after = (await t.dataSource.query(
      `select target_id as "report", actor_user_id as "actor" from audit_event
        where action = 'report_run' order by id desc limit 5`,
    )) as Array<{ report: string; actor: string }>;
    expect(after.map((a) => a.report).sort()).toEqual([
      'lsc-csr',
      'outcomes',
      'ovw-lav',
      'va-vsdcs',
      'voca-pmt',
    ]);
    expect(after.every((a) => a.actor === cast.users.staff.id)).toBe(true);
    const total = Number(
      (
        (await t.dataSource.query(
          `select count(*) as n from audit_event where action = 'report_run'`,
        )) as [{ n: string }]
      )[0].n,
    );
    expect(total - before).toBe(5);
  });

  it('shows counts under 5 as "<5" in the table and the CSV when the organisation saved no threshold', async () => {
    // No setting saved: the default (E5: small rural organisations are protected unasked).
    await t.dataSource.query('delete from report_settings where organisation_id = $1', [
      cast.orgId,
    ]);
    try {
      const list = await http()
        .get('/api/reports')
        .set('Cookie', await cast.cookieOf('staff'));
      expect((list.body as ReportListResponse).smallCountThreshold).toBe(5);
      const voca = await run('report=voca-pmt&year=2027&part=1');
      expect(sectionOf(voca, 'individuals')?.rows[0]?.cells[0]).toEqual({
        column: 'all',
        count: null,
        display: '<5',
      });
      expect(table(sectionOf(voca, 'individuals'))['continuing']).toEqual(['0']);
      expect(voca.csv).toContain('New this fiscal year,<5');
      // A median of two measurements would be near enough each person's own days: withheld.
      const outcomes = await run('report=outcomes&year=2026');
      expect(table(sectionOf(outcomes, 'durations'))).toEqual({
        petition_to_final_order: ['–', '<5'],
        failed_service_to_personal: ['–', '<5'],
      });
      expect(voca.csv.startsWith('VOCA Performance Measurement Tool (quarterly)\r\n')).toBe(true);
    } finally {
      await put('reports/settings', { smallCountThreshold: 0 });
    }
  });

  it('answers parallel runs of every report with the same numbers as one at a time', async () => {
    const queries = [
      'report=voca-pmt&year=2027&part=1',
      'report=ovw-lav&year=2026&part=2',
      'report=outcomes&year=2026',
      'report=lsc-csr&year=2026',
    ];
    const alone = await Promise.all(queries.map((q) => run(q)));
    const together = await Promise.all(
      Array.from({ length: 12 }, (_v, i) => run(queries[i % 4]!, i % 2 ? 'staff' : 'supervisor')),
    );
    together.forEach((body, i) => {
      expect(body.sections).toEqual(alone[i % 4]!.sections);
    });
  });

  describe('drill-down', () => {
    const drill = async (who: keyof typeof CAST, query: string) =>
      http()
        .get(`/api/reports/cases?${query}`)
        .set('Cookie', await cast.cookieOf(who));

    it('lists the cases behind a count for staff, and audits it', async () => {
      const res = await drill(
        'staff',
        'report=voca-pmt&year=2027&part=1&section=individuals&row=new&column=all',
      );
      expect(res.status).toBe(200);
      expect(res.body.hidden).toBe(0);
      expect(res.body.items.map((i: { caseId: string }) => i.caseId).sort()).toEqual(
        [a1.id, a2.id, b1.id, c1.id].sort(),
      );
      expect(res.body.items.find((i: { caseId: string }) => i.caseId === b1.id)).toMatchObject({
        reference: b1.reference,
        clientName: 'Bea Marlow',
      });
      const [audit] = (await t.dataSource.query(
        `select actor_user_id as actor, target_id as report, details from audit_event
          where action = 'report_drilldown' order by id desc limit 1`,
      )) as Array<{ actor: string; report: string; details: Record<string, unknown> }>;
      expect(audit).toMatchObject({
        actor: cast.users.staff.id,
        report: 'voca-pmt',
        details: { section: 'individuals', row: 'new', column: 'all', listed: 4, hidden: 0 },
      });
    });

    it('lists a declined intake without a case', async () => {
      const res = await drill(
        'supervisor',
        'report=ovw-lav&year=2026&part=2&section=status&row=not_served&column=all',
      );
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([
        {
          caseId: null,
          reference: null,
          clientName: null,
          openedOn: null,
          note: 'Declined intake of 2026-10-12',
        },
      ]);
    });

    it('refuses roles without report:read, and shows another organisation none of these cases', async () => {
      const q = 'report=voca-pmt&year=2027&part=1&section=individuals&row=new&column=all';
      expect((await drill('advocate', q)).status).toBe(403);
      expect((await drill('admin', q)).status).toBe(403);
      expect(
        (
          await http()
            .get('/api/reports/run?report=outcomes&year=2026')
            .set('Cookie', await cast.cookieOf('advocate'))
        ).status,
      ).toBe(403);
      const outsider = await drill('outsider', q);
      expect(outsider.status).toBe(200);
      expect(outsider.body).toEqual({ items: [], hidden: 0 });
      const foreignSource = await drill('outsider', `${q}&fundingSourceId=${source.voca}`);
      expect(foreignSource.status).toBe(400);
      expect(foreignSource.body.fields).toEqual([
        expect.objectContaining({ field: 'fundingSourceId' }),
      ]);
      const outsiderRun = await run('report=voca-pmt&year=2027&part=1', 'outsider');
      expect(table(sectionOf(outsiderRun, 'individuals'))['__total']).toEqual(['0']);
    });

    it('refuses a cell the report does not have, naming the field', async () => {
      const section = await drill(
        'staff',
        'report=voca-pmt&year=2027&part=1&section=nope&row=new&column=all',
      );
      expect(section.status).toBe(400);
      expect(section.body.fields).toEqual([expect.objectContaining({ field: 'section' })]);
      const row = await drill(
        'staff',
        'report=voca-pmt&year=2027&part=1&section=individuals&row=x&column=all',
      );
      expect(row.body.fields).toEqual([expect.objectContaining({ field: 'row' })]);
      const column = await drill(
        'staff',
        'report=voca-pmt&year=2027&part=1&section=individuals&row=new&column=x',
      );
      expect(column.body.fields).toEqual([expect.objectContaining({ field: 'column' })]);
    });
  });

  it.each([
    ['report', 'report=hud-apr&year=2026'],
    ['year', 'report=outcomes&year=26'],
    ['part', 'report=voca-pmt&year=2027&part=5'],
    ['part', 'report=ovw-lav&year=2026&part=3'],
    ['fundingSourceId', `report=outcomes&year=2026&fundingSourceId=not-a-uuid`],
  ])('refuses a run with a bad %s (400 naming it)', async (field, query) => {
    const res = await http()
      .get(`/api/reports/run?${query}`)
      .set('Cookie', await cast.cookieOf('staff'));
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('refuses a funding source of another funder for a funder report', async () => {
    const res = await http()
      .get(`/api/reports/run?report=voca-pmt&year=2027&part=1&fundingSourceId=${source.ovw}`)
      .set('Cookie', await cast.cookieOf('staff'));
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'fundingSourceId' })]);
    const dcjsForVoca = await http()
      .get(`/api/reports/run?report=voca-pmt&year=2027&part=1&fundingSourceId=${source.dcjs}`)
      .set('Cookie', await cast.cookieOf('staff'));
    expect(dcjsForVoca.status).toBe(400);
    const lscForVsdcs = await http()
      .get(`/api/reports/run?report=va-vsdcs&year=2027&part=2&fundingSourceId=${source.lsc}`)
      .set('Cookie', await cast.cookieOf('staff'));
    expect(lscForVsdcs.status).toBe(400);
    expect(lscForVsdcs.body.fields).toEqual([
      expect.objectContaining({
        field: 'fundingSourceId',
        message: expect.stringContaining('VOCA or VA_DCJS'),
      }),
    ]);
    // The VOCA subgrant is one of VSDCS's: narrowed to it, the state's Q2 counts its three people.
    const vocaInVsdcs = await run(
      `report=va-vsdcs&year=2027&part=2&fundingSourceId=${source.voca}`,
    );
    expect(table(sectionOf(vocaInVsdcs, 'individuals'))['__total']).toEqual(['3']);
    const own = await run(`report=voca-pmt&year=2027&part=1&fundingSourceId=${source.voca}`);
    expect(table(sectionOf(own, 'individuals'))['__total']).toEqual(['3']);
  });

  // Last too: it opens cases the tests above do not expect.
  it('counts a survivor with two cases once: two intakes with one name and date of birth are one person', async () => {
    const individuals = async () =>
      table(sectionOf(await run('report=voca-pmt&year=2027&part=2'), 'individuals'));
    const before = await individuals();
    const intake = async (client: { fullName: string; dateOfBirth?: string }) => {
      const res = await cast.post('advocate', '/cases', aCaseRequest({ client }));
      expect(res.status).toBe(201);
      return { id: res.body.id as string } as SeededCase;
    };
    // Fay came back: a second intake, her name written with other spacing and capitals.
    const fay1 = await intake({ fullName: 'Fay Orlanda Quist', dateOfBirth: '1991-05-14' });
    const fay2 = await intake({ fullName: 'fay orlanda  QUIST', dateOfBirth: '1991-05-14' });
    // Two clients named Gus Penhallow without a date of birth may be two people: each counts.
    const gus1 = await intake({ fullName: 'Gus Penhallow' });
    const gus2 = await intake({ fullName: 'Gus Penhallow' });
    for (const [c, on] of [
      [fay1, '2027-02-10'],
      [fay2, '2027-03-05'],
      [gus1, '2027-02-11'],
      [gus2, '2027-02-12'],
    ] as const) {
      await activity(c, on, 'advice', [source.voca]);
    }
    const after = await individuals();
    const plus = (row: string, n: number) => String(Number(before[row]?.[0]) + n);
    expect(after).toEqual({
      new: [plus('new', 3)],
      continuing: [plus('continuing', 0)],
      __total: [plus('__total', 3)],
    });
  });

  // Last: it adds cases the tests above do not expect.
  it('counts a case fact under the funder that paid for the case when it happened', async () => {
    const ovwBefore = table(
      sectionOf(await run('report=ovw-lav&year=2026&part=2'), 'protection_orders'),
    );
    const outcomesBefore = table(
      sectionOf(await run('report=outcomes&year=2026'), 'orders_by_kind'),
    );
    const lscBefore = table(sectionOf(await run('report=lsc-csr&year=2026'), 'closed'));

    // Dee: VOCA paid for her case in July and August, OVW from September. Her preliminary order
    // of 15 July was VOCA's work, so OVW's July–December report does not count it.
    const dee = await insertCase(t.dataSource, cast.orgId, { openedOn: '2026-07-01' });
    const deeFacts = await facts(dee, {
      funding: [
        { fundingSourceId: source.voca, startsOn: '2026-07-01', endsOn: '2026-08-31' },
        { fundingSourceId: source.ovw, startsOn: '2026-09-01', endsOn: null },
      ],
    });
    expect(deeFacts.status).toBe(200);
    await insertOrderRow(t.dataSource, dee, {
      kind: 'AOV_PPO',
      issuedOn: '2026-07-15',
      court: 'GDC',
    });

    // Eli: an LSC grant of 2025 paid for his case, which closed in June 2026: LSC's 2026 report
    // counts it, though that funding had ended before the year began.
    const lsc2025 = await addSource('LSC basic field 2025', 'LSC', '2025-01-01', '2025-12-31');
    const eli = await insertCase(t.dataSource, cast.orgId, { openedOn: '2025-03-01' });
    const eliFacts = await facts(eli, {
      lscProblemCode: '37',
      funding: [{ fundingSourceId: lsc2025, startsOn: '2025-03-01', endsOn: '2025-12-31' }],
    });
    expect(eliFacts.status).toBe(200);
    await closeCase(eli, '2026-06-30', 'A');

    const ovwAfter = table(
      sectionOf(await run('report=ovw-lav&year=2026&part=2'), 'protection_orders'),
    );
    expect(ovwAfter).toEqual(ovwBefore);
    const outcomesAfter = table(
      sectionOf(await run('report=outcomes&year=2026'), 'orders_by_kind'),
    );
    expect(outcomesAfter['AOV_PPO']?.[1]).toBe(String(Number(outcomesBefore['AOV_PPO']?.[1]) + 1));
    const lscAfter = table(sectionOf(await run('report=lsc-csr&year=2026'), 'closed'));
    // Column A of problem code 37.
    expect(lscAfter['37']?.[0]).toBe(String(Number(lscBefore['37']?.[0]) + 1));
  });

  it('refuses a service tagged with a grant that had not begun or had ended that day, naming the field', async () => {
    const ended = await addSource('OVW LAV grant 2025–26', 'OVW', '2025-07-01', '2026-06-30');
    const activities = async () =>
      Number(
        (
          (await t.dataSource.query('select count(*) as n from service_activity')) as [
            { n: string },
          ]
        )[0].n,
      );
    const before = await activities();
    for (const performedOn of ['2026-07-01', '2025-06-30']) {
      const res = await cast.post('supervisor', `/cases/${c1.id}/activities`, {
        kind: 'advice',
        performedOn,
        minutes: 15,
        fundingSourceIds: [source.voca, ended],
      });
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([
        expect.objectContaining({
          field: 'fundingSourceIds',
          message: expect.stringContaining('OVW LAV grant 2025–26'),
        }),
      ]);
    }
    expect(await activities()).toBe(before);
    // Its last day is in force.
    await activity(c1, '2026-06-30', 'advice', [ended]);
  });

  it("refuses a service tagged with another organisation's grant, in force or not, naming the field", async () => {
    const [foreign] = (await t.dataSource.query(
      `insert into funding_source (organisation_id, name, funder, starts_on)
       values ($1, 'Another org''s VOCA subgrant', 'VOCA', '2026-01-01') returning id`,
      [cast.otherOrgId],
    )) as [{ id: string }];
    const count = async () =>
      (
        (await t.dataSource.query('select count(*)::int as n from service_activity')) as [
          { n: number },
        ]
      )[0].n;
    const before = await count();
    const res = await cast.post('supervisor', `/cases/${c1.id}/activities`, {
      kind: 'advice',
      performedOn: '2026-10-01',
      minutes: 15,
      fundingSourceIds: [source.voca, foreign.id],
    });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([
      expect.objectContaining({
        field: 'fundingSourceIds',
        message: 'must name funding sources of the organisation',
      }),
    ]);
    expect(JSON.stringify(res.body)).not.toContain("Another org's");
    expect(await count()).toBe(before);
  });
});
