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
  const { id } = await postAs<{ id: string }>(page, `/api/cases/${caseId}/orders`, {
    kind: 'FA_PPO',
    issuedOn: days.issuedOn,
    issuingCourtId: court.courtId,
    issuingCourtKind: court.courtKind,
    issuingLocality: court.locality,
  });
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
