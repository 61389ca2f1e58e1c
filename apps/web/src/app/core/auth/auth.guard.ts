import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';

import { SessionStore } from './session.store';

/**
 * Lets a fully signed-in user through. A sign-in still owing its code goes back to the login page
 * (which asks for it), and one owing the enrolment its role requires goes to the set-up page.
 */
export const authGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(SessionStore)
    .load()
    .catch(() => null);
  if (user?.stage === 'mfa_enrolment') {
    return router.parseUrl('/account/security');
  }
  return user?.stage === 'complete' ? true : router.parseUrl('/login');
};

/** Keeps a signed-in user off the login page (but not one who still owes the code). */
export const guestGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(SessionStore)
    .load()
    .catch(() => null);
  if (!user || user.stage === 'mfa_code') {
    return true;
  }
  return router.parseUrl(user.stage === 'mfa_enrolment' ? '/account/security' : '/cases');
};

/** The account page: any session past the code, including one that must enrol first. */
export const accountGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(SessionStore)
    .load()
    .catch(() => null);
  return user && user.stage !== 'mfa_code' ? true : router.parseUrl('/login');
};
