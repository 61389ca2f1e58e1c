import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { Router, provideRouter } from '@angular/router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { SessionStore } from '../../core/auth/session.store';
import { aSessionUser } from '../../../testing/builders';
import { LoginPageComponent } from './login-page.component';

describe('LoginPageComponent', () => {
  let http: HttpTestingController;

  async function render() {
    const fixture = TestBed.createComponent(LoginPageComponent);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const email = await loader.getHarness(MatInputHarness.with({ selector: '[type=email]' }));
    const password = await loader.getHarness(MatInputHarness.with({ selector: '[type=password]' }));
    const signIn = await loader.getHarness(MatButtonHarness.with({ text: 'Sign in' }));
    return { fixture, loader, email, password, signIn };
  }

  async function signInAs(emailValue: string, passwordValue: string) {
    const page = await render();
    await page.email.setValue(emailValue);
    await page.password.setValue(passwordValue);
    await page.signIn.click();
    return page;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  it('labels its fields "E-mail" and "Password"', async () => {
    const { loader } = await render();
    const fields = await loader.getAllHarnesses(MatFormFieldHarness);

    const labels = await Promise.all(fields.map((field) => field.getLabel()));

    expect(labels).toEqual(['E-mail', 'Password']);
  });

  it('signs in, remembers the user and opens the caseload', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await signInAs('wren.advocate@example.org', 'correct horse battery staple');

    const req = http.expectOne('/api/auth/login');
    expect(req.request.body).toEqual({
      email: 'wren.advocate@example.org',
      password: 'correct horse battery staple',
    });
    req.flush(aSessionUser());

    expect(TestBed.inject(SessionStore).user()?.displayName).toBe('Wren Calloway');
    expect(navigate).toHaveBeenCalledWith('/cases');
  });

  it('says the e-mail or password is not right on 401, and clears the password', async () => {
    const { fixture, password } = await signInAs('wren.advocate@example.org', 'wrong guess');

    http
      .expectOne('/api/auth/login')
      .flush({ error: 'INVALID_CREDENTIALS' }, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();

    const alert = (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]');
    expect(alert?.textContent?.trim()).toBe('E-mail or password is not right.');
    expect(await password.getValue()).toBe('');
  });

  it('shows the server’s field errors under the fields they name', async () => {
    const { fixture, loader } = await signInAs('wren@example', 'a');

    http.expectOne('/api/auth/login').flush(
      {
        error: 'validation_failed',
        fields: [{ field: 'email', message: 'must be an e-mail address' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    const emailField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'E-mail' }),
    );
    expect(await emailField.getTextErrors()).toEqual(['E-mail must be an e-mail address.']);
  });

  it('does not call the API while a field is empty', async () => {
    const { fixture, loader, signIn } = await render();

    await signIn.click();
    await fixture.whenStable();

    http.expectNone('/api/auth/login');
    const passwordField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Password' }),
    );
    expect(await passwordField.getTextErrors()).toEqual(['Password is required.']);
  });
});
