import type { Page } from 'playwright-core';

import { baseUrl } from './browser';

/** The demo's court for records made through the API: Fairfax County's J&DR district court. */
export const FAIRFAX_JDR = { courtId: 'jdr-fairfax', courtKind: 'JDR', locality: 'Fairfax County' };

/** POSTs as the page's signed-in user (with its CSRF token); fails unless the API answers 2xx. */
export async function postAs<T>(page: Page, path: string, data: object): Promise<T> {
  const cookies = await page.context().cookies();
  const token = cookies.find((c) => c.name === 'XSRF-TOKEN')?.value;
  const res = await page.request.post(`${baseUrl()}${path}`, {
    data,
    headers: token ? { 'X-CSRF-Token': token } : {},
  });
  if (res.status() !== 201 && res.status() !== 200) {
    throw new Error(`POST ${path} answered ${res.status()}: ${await res.text()}`);
  }
  return (await res.json()) as T;
}

/** Who a case made through the API is for, and when: the intake form's facts. */
export interface NewCase {
  clientName: string;
  respondentName: string;
  lastActOfAbuseOn: string;
  openedOn: string;
  orderKind: string;
}

/**
 * Opens a case as the intake form would, for a spouse who no longer lives with the respondent;
 * an advocate's case is theirs, a supervisor's unassigned.
 */
export function createCase(page: Page, c: NewCase): Promise<{ id: string; reference: string }> {
  return postAs(page, '/api/cases', {
    client: { fullName: c.clientName },
    respondent: { fullName: c.respondentName },
    intake: {
      relationship: 'spouse',
      livesWithRespondent: false,
      lastActOfAbuseOn: c.lastActOfAbuseOn,
    },
    openedOn: c.openedOn,
    orderKind: c.orderKind,
  });
}

/** Records an order issued by the demo's Fairfax J&DR court, with any further fields given. */
export function recordOrder(
  page: Page,
  caseId: string,
  order: { kind: string; issuedOn: string } & Record<string, unknown>,
): Promise<{ id: string }> {
  return postAs(page, `/api/cases/${caseId}/orders`, {
    issuingCourtId: FAIRFAX_JDR.courtId,
    issuingCourtKind: FAIRFAX_JDR.courtKind,
    issuingLocality: FAIRFAX_JDR.locality,
    ...order,
  });
}

/** The days ('YYYY-MM-DD') of what the court did, for recordPreliminaryOrderHeard. */
export interface PreliminaryOrderDays {
  petitionFiledOn: string;
  issuedOn: string;
  servedOn: string;
  hearingOn: string;
}

/**
 * Records, as the case page's forms would, a family-abuse petition, the preliminary order issued
 * on it, the sheriff's personal service of that order, and its full hearing at 9:00 on
 * `hearingOn`. Returns the order's id.
 */
export async function recordPreliminaryOrderHeard(
  page: Page,
  caseId: string,
  days: PreliminaryOrderDays,
): Promise<string> {
  const court = FAIRFAX_JDR;
  await postAs(page, `/api/cases/${caseId}/petitions`, {
    orderKindSought: 'FA_PPO',
    filedOn: days.petitionFiledOn,
    courtId: court.courtId,
    courtKind: court.courtKind,
    courtLocality: court.locality,
  });
  const { id } = await recordOrder(page, caseId, { kind: 'FA_PPO', issuedOn: days.issuedOn });
  await postAs(page, `/api/cases/${caseId}/service-attempts`, {
    orderId: id,
    attemptedOn: days.servedOn,
    servedBy: 'sheriff',
    method: 'personal',
    outcome: 'served',
  });
  await postAs(page, `/api/cases/${caseId}/hearings`, {
    kind: 'ppo_full_hearing',
    scheduledOn: days.hearingOn,
    scheduledTime: '09:00',
    orderId: id,
  });
  return id;
}
