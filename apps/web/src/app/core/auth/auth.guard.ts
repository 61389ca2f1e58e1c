import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';

import { SessionStore } from './session.store';

/** Lets a signed-in user through; anyone else (or anyone, when the API cannot answer) signs in. */
export const authGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(SessionStore)
    .load()
    .catch(() => null);
  return user ? true : router.parseUrl('/login');
};

/** Keeps a signed-in user off the login page. */
export const guestGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(SessionStore)
    .load()
    .catch(() => null);
  return user ? router.parseUrl('/cases') : true;
};
