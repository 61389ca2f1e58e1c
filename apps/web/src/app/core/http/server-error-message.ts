import type { HttpErrorResponse } from '@angular/common/http';

import type { ErrorResponse } from '@haven/contracts';

/** The snackbar text for a failed request, or null when the caller shows the error itself. */
export function serverErrorMessage(err: HttpErrorResponse): string | null {
  if (err.status === 0) {
    return 'Haven cannot reach the server. Check the connection and try again.';
  }
  if (err.status >= 500) {
    const requestId = requestIdOf(err.error);
    const reference = requestId ? ` (reference ${requestId})` : '';
    return `Something went wrong on the server${reference}. Please try again.`;
  }
  return null;
}

function requestIdOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) {
    return null;
  }
  const { requestId } = body as ErrorResponse;
  return typeof requestId === 'string' && /^[\w-]{1,64}$/.test(requestId) ? requestId : null;
}
