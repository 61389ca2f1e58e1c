import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { provideRouter } from '@angular/router';

import { appRoutes } from './app.routes';
import { unauthorizedInterceptor } from './core/auth/unauthorized.interceptor';
import { stepUpInterceptor } from './features/account/step-up.interceptor';
import { blobErrorInterceptor } from './core/http/blob-error.interceptor';
import { serverErrorInterceptor } from './core/http/server-error.interceptor';
import { provideHavenIcons } from './core/icons/haven-icons';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes),
    provideHttpClient(
      withFetch(),
      // Angular sends the token only on same-origin writes, and only once the API sets the cookie.
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-CSRF-Token' }),
      // blobErrorInterceptor last: the others read the JSON body it recovers from a file request.
      withInterceptors([
        unauthorizedInterceptor,
        stepUpInterceptor,
        serverErrorInterceptor,
        blobErrorInterceptor,
      ]),
    ),
    { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: { appearance: 'outline' } },
    provideHavenIcons(),
  ],
};
