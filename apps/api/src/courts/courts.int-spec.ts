import request from 'supertest';

import { castOf, seedCast, type Cast, type CastSpec } from '@api/testing/cast';
import { insertCase, tableFingerprints } from '@api/testing/db-fixtures';
import { anOrderRequest } from '@api/testing/request-bodies';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const CAST = {
  ...castOf('advocate', 'admin', 'supervisor'),
  otherAdmin: { role: 'admin', otherOrganisation: true },
  otherAdvocate: { role: 'advocate', otherOrganisation: true },
} satisfies CastSpec;
type Who = keyof typeof CAST;

describe('the court directory (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    t.clock.set(new Date('2026-12-01T15:00:00Z'));
    cast = await seedCast(t, CAST);
  });

  /** Removes a court an organisation added, and every correction that names it. */
  const removeOwnCourt = async (id: string) => {
    await t.dataSource.query(
      `delete from court_locality_override
        where $1 in (jdr_court_id, gdc_court_id, circuit_court_id, magistrate_court_id)`,
      [id],
    );
    await t.dataSource.query(`delete from court where id = $1 and organisation_id is not null`, [
      id,
    ]);
  };

  const patch = async (path: string, body: object, who: Who = 'admin') =>
    request(t.app.getHttpServer())
      .patch(`/api/courts/${path}`)
      .set('Cookie', await cast.cookieOf(who))
      .send(body);

  /** An order issued through the API on the case, as `who` (a Fairfax JDR EPO unless overridden). */
  const issueOrder = async (who: Who, caseId: string, overrides: Record<string, unknown>) => {
    const res = await cast.post(who, `/cases/${caseId}/orders`, anOrderRequest(overrides));
    expect(res.status).toBe(201);
  };
  /** The case's order expiry as stored. */
  const expiryOf = async (caseId: string): Promise<string> =>
    (
      (await t.dataSource.query(
        `select due_on::text as due from case_deadline where kind = 'order_expiry' and case_id = $1`,
        [caseId],
      )) as Array<{ due: string }>
    )[0]!.due;
  /** A whole day's closure, as `who` (an admin), of the localities or courts in `where`. */
  const closeDay = (
    who: Who,
    closedOn: string,
    where: { localityIds: string[] } | { courtIds: string[] },
  ) =>
    cast.post(who, '/court-closures', {
      closedOn,
      ...where,
      allDay: true,
      kind: 'court_closure',
      name: 'Water main break',
      authority: 'Chief judge order 2026-11',
    });

  it('ships every Virginia county and independent city with the four courts that serve it', async () => {
    const res = await cast.get('advocate', '/courts');
    expect(res.status).toBe(200);
    const { courts, localities } = res.body as {
      courts: Array<{ id: string; kind: string; localityIds: string[] }>;
      localities: Array<Record<string, string>>;
    };
    expect(localities).toHaveLength(133);
    expect(localities.filter((l) => l['kind'] === 'county')).toHaveLength(95);
    expect(localities.filter((l) => l['kind'] === 'city')).toHaveLength(38);
    const byId = new Map(courts.map((c) => [c.id, c]));
    for (const l of localities) {
      expect(byId.get(l['jdrCourtId']!)?.kind).toMatch(/^(JDR|COMBINED)$/);
      expect(byId.get(l['gdcCourtId']!)?.kind).toMatch(/^(GDC|COMBINED)$/);
      expect(byId.get(l['circuitCourtId']!)?.kind).toBe('CIRCUIT');
      expect(byId.get(l['magistrateCourtId']!)?.kind).toBe('MAGISTRATE');
    }
    expect(localities.find((l) => l['id'] === 'roanoke-city')).toMatchObject({
      name: 'Roanoke City',
      jdrCourtId: 'jdr-roanoke-city',
    });
    // Combined courts as they sit: one circuit court for Williamsburg and James City County.
    expect(byId.get('circuit-williamsburg-james-city')?.localityIds).toEqual([
      'james-city',
      'williamsburg-city',
    ]);
    expect(localities.find((l) => l['id'] === 'bath')).toMatchObject({
      jdrCourtId: 'district-bath',
      gdcCourtId: 'district-bath',
    });
  });

  it('refuses an unknown court id with 400 naming the field, wherever a court is typed', async () => {
    const kase = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id],
    });
    const before = await tableFingerprints(t.dataSource, [
      'petition',
      'protective_order',
      'court_closure',
    ]);
    const petition = await cast.post('advocate', `/cases/${kase.id}/petitions`, {
      orderKindSought: 'FA_PO',
      filedOn: '2026-11-20',
      courtId: 'jdr-roanok-city',
      courtKind: 'JDR',
      courtLocality: 'Roanoke City',
    });
    expect([petition.status, petition.body.fields]).toEqual([
      400,
      [expect.objectContaining({ field: 'courtId' })],
    ]);
    const order = await cast.post('advocate', `/cases/${kase.id}/orders`, {
      kind: 'FA_EPO',
      issuedOn: '2026-11-23',
      issuingCourtId: 'jdr-nowhere',
      issuingCourtKind: 'JDR',
      issuingLocality: 'Fairfax County',
    });
    expect([order.status, order.body.fields?.[0]?.field]).toEqual([400, 'issuingCourtId']);
    const closure = await cast.post('admin', '/court-closures', {
      closedOn: '2026-12-24',
      courtIds: ['jdr-fairfax', 'gdc-nowhere'],
      allDay: true,
      kind: 'clerk_closure',
      name: 'Christmas Eve',
      authority: 'Chief judge order 2026-14',
    });
    expect([closure.status, closure.body.fields?.[0]?.field]).toEqual([400, 'courtIds']);
    const byLocality = await cast.post('admin', '/court-closures', {
      closedOn: '2026-12-24',
      localityIds: ['atlantis'],
      allDay: true,
      kind: 'clerk_closure',
      name: 'Christmas Eve',
      authority: 'Chief judge order 2026-14',
    });
    expect([byLocality.status, byLocality.body.fields?.[0]?.field]).toEqual([400, 'localityIds']);
    expect(
      await tableFingerprints(t.dataSource, ['petition', 'protective_order', 'court_closure']),
    ).toEqual(before);
  });

  it("applies a locality's closure to every court that serves it, and not to another locality's", async () => {
    const kase = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id],
    });
    await issueOrder('advocate', kase.id, { issuedOn: '2026-11-16' });
    const expiry = () => expiryOf(kase.id);
    expect(await expiry()).toBe('2026-11-19');
    const close = (localityIds: string[]) => closeDay('admin', '2026-11-19', { localityIds });
    expect((await close(['arlington'])).status).toBe(201);
    expect(await expiry()).toBe('2026-11-19');
    // Fairfax City is served by the Fairfax County JDR court: its closure closes that court.
    const res = await close(['fairfax-city']);
    expect(res.status).toBe(201);
    expect(res.body.closure.localityIds).toEqual(['fairfax-city']);
    expect(await expiry()).toBe('2026-11-20');
  });

  it('lets an admin correct a court and remap a locality, audited; others get 403', async () => {
    expect((await patch('jdr-fairfax', { phone: '703-555-0142' }, 'supervisor')).status).toBe(403);
    const res = await patch('jdr-fairfax', {
      phone: '703-555-0142',
      address: '4110 Chain Bridge Rd',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'jdr-fairfax', phone: '703-555-0142' });
    const bad = await patch('jdr-fairfax', { phone: 'call the clerk' });
    expect([bad.status, bad.body.fields?.[0]?.field]).toEqual([400, 'phone']);
    const slot = await patch('localities/fairfax-city', { jdrCourtId: 'gdc-fairfax-city' });
    expect([slot.status, slot.body.fields?.[0]?.field]).toEqual([400, 'jdrCourtId']);
    const unknown = await patch('localities/fairfax-city', { gdcCourtId: 'gdc-nowhere' });
    expect([unknown.status, unknown.body.fields?.[0]?.field]).toEqual([400, 'gdcCourtId']);
    const created = await cast.post('admin', '/courts', {
      id: 'jdr-fairfax-city',
      kind: 'JDR',
      name: 'Fairfax City Juvenile and Domestic Relations District Court',
    });
    expect(created.status).toBe(201);
    const moved = await patch('localities/fairfax-city', { jdrCourtId: 'jdr-fairfax-city' });
    expect(moved.status).toBe(200);
    // The correction is the organisation's own: the statewide rows are as Haven shipped them.
    const statewide = (await t.dataSource.query(
      `select c.phone, c.address, l.jdr_court_id as "jdrCourtId"
         from court c, court_locality l where c.id = 'jdr-fairfax' and l.id = 'fairfax-city'`,
    )) as unknown[];
    expect(statewide).toEqual([{ phone: null, address: null, jdrCourtId: 'jdr-fairfax' }]);
    // A court an organisation added outlives the test's truncation of organisations: remove it.
    await removeOwnCourt('jdr-fairfax-city');
    const actions = (await t.dataSource.query(
      `select action, target_id, details from audit_event where action like 'court%' order by id`,
    )) as Array<Record<string, unknown>>;
    expect(actions).toEqual([
      {
        action: 'court_updated',
        target_id: 'jdr-fairfax',
        details: { changed: ['address', 'phone'] },
      },
      {
        action: 'court_created',
        target_id: 'jdr-fairfax-city',
        details: { changed: ['id', 'kind', 'name'] },
      },
      {
        action: 'court_locality_updated',
        target_id: 'fairfax-city',
        details: { changed: ['jdrCourtId'] },
      },
    ]);
  });

  it("keeps an organisation's corrections to itself: another's directory, closures and deadlines do not move", async () => {
    // Organisation B's admin adds a court of its own, moves Fairfax City's JDR slot to it and
    // renames the Fairfax County JDR court.
    const added = await cast.post('otherAdmin', '/courts', {
      id: 'jdr-fairfax-city-b',
      kind: 'JDR',
      name: 'Fairfax City JDR Court (as organisation B records it)',
    });
    expect(added.status).toBe(201);
    try {
      const remap = await patch(
        'localities/fairfax-city',
        { jdrCourtId: 'jdr-fairfax-city-b' },
        'otherAdmin',
      );
      expect(remap.status).toBe(200);
      const renamed = await patch(
        'jdr-fairfax',
        { name: 'Renamed by organisation B' },
        'otherAdmin',
      );
      expect(renamed.status).toBe(200);

      type Directory = {
        courts: Array<{ id: string; name: string }>;
        localities: Array<{ id: string; jdrCourtId: string }>;
      };
      const directoryOf = async (who: 'admin' | 'otherAdmin') => {
        const body = (await cast.get(who, '/courts')).body as Directory;
        return {
          fairfaxJdr: body.courts.find((c) => c.id === 'jdr-fairfax')?.name,
          fairfaxCityJdr: body.localities.find((l) => l.id === 'fairfax-city')?.jdrCourtId,
          seesBsCourt: body.courts.some((c) => c.id === 'jdr-fairfax-city-b'),
        };
      };
      expect(await directoryOf('admin')).toEqual({
        fairfaxJdr: 'Fairfax County Juvenile and Domestic Relations District Court',
        fairfaxCityJdr: 'jdr-fairfax',
        seesBsCourt: false,
      });
      expect(await directoryOf('otherAdmin')).toEqual({
        fairfaxJdr: 'Renamed by organisation B',
        fairfaxCityJdr: 'jdr-fairfax-city-b',
        seesBsCourt: true,
      });

      // Each organisation's closure of Fairfax City closes the courts its own directory maps.
      const expiryAfterClosure = async (
        orgId: string,
        advocate: 'advocate' | 'otherAdvocate',
        admin: 'admin' | 'otherAdmin',
      ): Promise<string> => {
        const kase = await insertCase(t.dataSource, orgId, {
          advocateIds: [cast.users[advocate].id],
        });
        await issueOrder(advocate, kase.id, { issuedOn: '2026-11-16' });
        const closure = await closeDay(admin, '2026-11-19', { localityIds: ['fairfax-city'] });
        expect(closure.status).toBe(201);
        return expiryOf(kase.id);
      };
      // A's Fairfax City is still served by the Fairfax County JDR court, which its closure closes.
      expect(await expiryAfterClosure(cast.orgId, 'advocate', 'admin')).toBe('2026-11-20');
      // B moved Fairfax City to its own court, so its closure leaves the county's court open.
      expect(await expiryAfterClosure(cast.otherOrgId, 'otherAdvocate', 'otherAdmin')).toBe(
        '2026-11-19',
      );

      // B's magistrate's emergency order counts on the JDR court B's directory names for
      // Fairfax County, so a closure of the statewide one does not move it, and B's own court's does.
      expect(
        (await patch('localities/fairfax', { jdrCourtId: 'jdr-fairfax-city-b' }, 'otherAdmin'))
          .status,
      ).toBe(200);
      const epoCase = await insertCase(t.dataSource, cast.otherOrgId, {
        advocateIds: [cast.users.otherAdvocate.id],
      });
      await issueOrder('otherAdvocate', epoCase.id, {
        issuedOn: '2026-11-30',
        issuedTime: '22:15',
        issuingCourtId: 'magistrate-fairfax',
        issuingCourtKind: 'MAGISTRATE',
      });
      const epoExpiry = () => expiryOf(epoCase.id);
      const closeCourt = (courtId: string) =>
        closeDay('otherAdmin', '2026-12-03', { courtIds: [courtId] });
      expect(await epoExpiry()).toBe('2026-12-03');
      expect((await closeCourt('jdr-fairfax')).status).toBe(201);
      expect(await epoExpiry()).toBe('2026-12-03');
      expect((await closeCourt('jdr-fairfax-city-b')).status).toBe(201);
      expect(await epoExpiry()).toBe('2026-12-04');

      // A cannot name, correct or take the id of B's court.
      const kase = await insertCase(t.dataSource, cast.orgId, {
        advocateIds: [cast.users.advocate.id],
      });
      const foreign = await cast.post(
        'advocate',
        `/cases/${kase.id}/orders`,
        anOrderRequest({ issuingCourtId: 'jdr-fairfax-city-b', issuingLocality: 'Fairfax City' }),
      );
      expect([foreign.status, foreign.body.fields?.[0]?.field]).toEqual([400, 'issuingCourtId']);
      expect((await patch('jdr-fairfax-city-b', { name: 'Taken over' })).status).toBe(404);
      const again = await cast.post('admin', '/courts', {
        id: 'jdr-fairfax-city-b',
        kind: 'JDR',
        name: 'Same id, organisation A',
      });
      expect([again.status, again.body.error]).toEqual([409, 'COURT_EXISTS']);
    } finally {
      await removeOwnCourt('jdr-fairfax-city-b');
    }
  });

  it('refuses a name another court of the directory has, naming `name`, even to two admins at once', async () => {
    const statewide = (await cast.get('admin', '/courts')).body as {
      courts: Array<{ id: string; name: string }>;
    };
    const arlington = statewide.courts.find((c) => c.id === 'jdr-arlington')!.name;
    const before = await tableFingerprints(t.dataSource, ['court', 'court_override']);
    const taken = await cast.post('admin', '/courts', {
      id: 'jdr-name-clash',
      kind: 'JDR',
      name: ` ${arlington.toUpperCase()} `,
    });
    expect([taken.status, taken.body.error, taken.body.fields?.[0]?.field]).toEqual([
      409,
      'COURT_NAME_EXISTS',
      'name',
    ]);
    const renamed = await patch('jdr-fairfax', { name: arlington });
    expect([renamed.status, renamed.body.fields?.[0]?.field]).toEqual([409, 'name']);
    expect(await tableFingerprints(t.dataSource, ['court', 'court_override'])).toEqual(before);

    // Two admins adding differently named ids under one new name at the same moment: one wins.
    const both = await Promise.all(
      ['jdr-twin-a', 'jdr-twin-b'].map((id) =>
        cast.post('admin', '/courts', { id, kind: 'JDR', name: 'Twin Court of Invention' }),
      ),
    );
    try {
      expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    } finally {
      await removeOwnCourt('jdr-twin-a');
      await removeOwnCourt('jdr-twin-b');
    }
  });
});
