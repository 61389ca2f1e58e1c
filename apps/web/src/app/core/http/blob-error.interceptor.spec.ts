import {
  HttpClient,
  type HttpErrorResponse,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { blobErrorInterceptor } from './blob-error.interceptor';

describe('blobErrorInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([blobErrorInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
  });
  afterEach(() => http.verify());

  async function refusal(body: Blob, status: number): Promise<HttpErrorResponse> {
    const answer = firstValueFrom(client.post('/api/file', {}, { responseType: 'blob' })).then(
      () => {
        throw new Error('expected a refusal');
      },
      (err: unknown) => err as HttpErrorResponse,
    );
    http.expectOne('/api/file').flush(body, { status, statusText: 'Refused' });
    return answer;
  }

  it('reads a refused file request’s JSON body back into an object', async () => {
    const body = { error: 'LETTER_CHANNEL_FORBIDDEN', reason: 'No mail at home.' };
    const err = await refusal(new Blob([JSON.stringify(body)], { type: 'application/json' }), 422);
    expect(err.status).toBe(422);
    expect(err.error).toEqual(body);
  });

  it('leaves a body that is not JSON as it came', async () => {
    const err = await refusal(new Blob(['<html>'], { type: 'text/html' }), 502);
    expect(err.status).toBe(502);
    expect(err.error).toBeInstanceOf(Blob);
  });
});
