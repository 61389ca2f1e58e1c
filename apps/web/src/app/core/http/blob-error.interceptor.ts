import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { catchError, from, switchMap, throwError } from 'rxjs';

/**
 * A file request (`responseType: 'blob'`, e.g. a generated document) gets its error body as a Blob
 * too. Read a JSON one back into an object, so the step-up, session and form code see the same
 * `{ error, message, fields }` as for any other request. Innermost in the chain for that reason.
 */
export const blobErrorInterceptor: HttpInterceptorFn = (req, next) => {
  if (req.responseType !== 'blob') {
    return next(req);
  }
  return next(req).pipe(
    catchError((err: unknown) => {
      if (!(err instanceof HttpErrorResponse) || !(err.error instanceof Blob)) {
        return throwError(() => err);
      }
      return from(jsonOf(err.error)).pipe(
        switchMap((body) =>
          throwError(() =>
            body === undefined
              ? err
              : new HttpErrorResponse({
                  error: body,
                  headers: err.headers,
                  status: err.status,
                  statusText: err.statusText,
                  url: err.url ?? undefined,
                }),
          ),
        ),
      );
    }),
  );
};

async function jsonOf(blob: Blob): Promise<unknown> {
  try {
    const text = await blob.text();
    return text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
