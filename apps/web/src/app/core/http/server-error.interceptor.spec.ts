import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { firstValueFrom } from 'rxjs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { serverErrorInterceptor } from './server-error.interceptor';

describe('serverErrorInterceptor', () => {
  let http: HttpTestingController;
  let open: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    open = vi.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([serverErrorInterceptor])),
        provideHttpClientTesting(),
        { provide: MatSnackBar, useValue: { open } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  function get(): Promise<unknown> {
    return firstValueFrom(TestBed.inject(HttpClient).get('/api/cases'));
  }

  it('tells the user about a server error, with the request id support can look up', async () => {
    const call = get();
    http
      .expectOne('/api/cases')
      .flush({ error: 'internal', requestId: 'req-7f3a' }, { status: 500, statusText: 'Error' });

    await expect(call).rejects.toMatchObject({ status: 500 });
    expect(open.mock.calls[0]?.[0]).toBe(
      'Something went wrong on the server (reference req-7f3a). Please try again.',
    );
  });

  it('tells the user when the server cannot be reached', async () => {
    const call = get();
    http.expectOne('/api/cases').error(new ProgressEvent('error'));

    await expect(call).rejects.toMatchObject({ status: 0 });
    expect(open.mock.calls[0]?.[0]).toBe(
      'Haven cannot reach the server. Check the connection and try again.',
    );
  });

  it('leaves validation errors to the form', async () => {
    const call = get();
    http
      .expectOne('/api/cases')
      .flush({ error: 'validation_failed', fields: [] }, { status: 400, statusText: 'Bad' });

    await expect(call).rejects.toMatchObject({ status: 400 });
    expect(open).not.toHaveBeenCalled();
  });
});
