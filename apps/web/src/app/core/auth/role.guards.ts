import { inject } from '@angular/core';
import { type CanActivateFn, type CanMatchFn, Router, type UrlTree } from '@angular/router';

import type { Role } from '@haven/contracts';

import { canCreateCases, canReadCases } from './permissions';
import { SessionStore } from './session.store';

/** Where a role without case access lands instead of the caseload. */
export const NO_CASE_ACCESS_URL = '/no-case-access';

/** Lets the signed-in user through when `allowed(role)`; otherwise sends them to `elsewhere`. */
export async function decide(
  allowed: (role: Role) => boolean,
  elsewhere: string,
): Promise<true | UrlTree> {
  const router = inject(Router);
  const user = await inject(SessionStore)
    .load()
    .catch(() => null);
  if (!user) {
    return router.parseUrl('/login');
  }
  return allowed(user.role) ? true : router.parseUrl(elsewhere);
}

/** Keeps roles without case access (admins) out of the cases feature, before its code loads. */
export const caseAccessGuard: CanMatchFn = () => decide(canReadCases, NO_CASE_ACCESS_URL);

/** The "no case access" page is only for the roles it describes; everyone else has a caseload. */
export const noCaseAccessGuard: CanMatchFn = () => decide((role) => !canReadCases(role), '/cases');

/** The intake form is for roles that can open cases; others go back to the caseload. */
export const caseCreatorGuard: CanActivateFn = () => decide(canCreateCases, '/cases');
