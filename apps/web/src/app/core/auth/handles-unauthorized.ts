import { HttpContext, HttpContextToken } from '@angular/common/http';

/**
 * Marks a request whose caller handles a 401 itself (a wrong password, the session probe), so the
 * unauthorized interceptor does not treat it as an expired session.
 */
export const HANDLES_UNAUTHORIZED = new HttpContextToken<boolean>(() => false);

export function handlesUnauthorized(): HttpContext {
  return new HttpContext().set(HANDLES_UNAUTHORIZED, true);
}
