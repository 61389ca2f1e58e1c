import request from 'supertest';

import { aCaseRequest } from '@haven/testing';

import type { Cast, CastSpec } from '@api/testing/cast';
import { EXAMPLE_1_EPO } from '@api/testing/request-bodies';
import type { TestApp } from '@api/testing/test-app';

/** Real records, by the path parameter that names them, so fuzzed requests reach the services. */
export type SceneIds = Partial<Record<string, string>>;

/**
 * One case with an order, a petition, a hearing, a service attempt, a violation and a note, and a
 * court closure, each made through the API as a supervisor (the admin for the closure). Fails the
 * suite if any of them is refused: a fuzz that never gets past a 404 proves little.
 */
export async function buildFuzzScene<S extends CastSpec>(
  t: TestApp,
  cast: Cast<S>,
  supervisor: keyof S,
  admin: keyof S,
): Promise<SceneIds> {
  const post = async (who: keyof S, path: string, body: object): Promise<string> => {
    const res = await request(t.app.getHttpServer())
      .post(`/api${path}`)
      .set('Cookie', await cast.cookieOf(who))
      .send(body);
    if (res.status !== 201) {
      throw new Error(
        `fuzz scene: POST ${path} answered ${res.status} ${JSON.stringify(res.body)}`,
      );
    }
    const created = res.body as { id?: string; closure?: { id: string } };
    const id = created.id ?? created.closure?.id;
    if (!id) throw new Error(`fuzz scene: POST ${path} answered no id`);
    return id;
  };
  const caseId = await post(supervisor, '/cases', aCaseRequest({ openedOn: '2026-11-23' }));
  const onCase = (path: string, body: object) => post(supervisor, `/cases/${caseId}${path}`, body);
  const orderId = await onCase('/orders', EXAMPLE_1_EPO);
  await onCase('/petitions', {
    orderKindSought: 'FA_PPO',
    filedOn: '2026-11-24',
    courtId: 'jdr-fairfax',
    courtKind: 'JDR',
    courtLocality: 'Fairfax County',
  });
  return {
    caseId,
    orderId,
    hearingId: await onCase('/hearings', {
      kind: 'ppo_full_hearing',
      scheduledOn: '2026-12-08',
      scheduledTime: '09:30',
      orderId,
    }),
    attemptId: await onCase('/service-attempts', {
      orderId,
      attemptedOn: '2026-11-25',
      servedBy: 'sheriff',
      method: 'personal',
      outcome: 'not_found',
    }),
    violationId: await onCase('/violations', {
      orderId,
      occurredOn: '2026-11-26',
      acts: ['stalking'],
      basedOnViolence: false,
      actionsTaken: ['police_report'],
    }),
    noteId: await onCase('/notes', { body: 'Called the client; she will bring the EPO copy.' }),
    closureId: await post(admin, '/court-closures', {
      closedOn: '2026-12-24',
      allDay: true,
      kind: 'clerk_closure',
      name: 'Clerk closure for the fuzz scene',
      authority: 'Chief Judge order 2026-17',
    }),
  };
}
