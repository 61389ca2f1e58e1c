import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { UserResponse } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { aSessionUser } from '../../../testing/builders';
import { readableText } from '../../../testing/text';
import { adminRoutes } from './admin.routes';

function aUser(overrides: Partial<UserResponse> = {}): UserResponse {
  return {
    id: 'u0000000-0000-4000-8000-000000000001',
    email: 'wren.advocate@example.org',
    displayName: 'Wren Calloway',
    role: 'advocate',
    active: true,
    createdAt: '2026-01-05T15:00:00.000Z',
    ...overrides,
  };
}

describe('UsersPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'admin', children: adminRoutes }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).start(aSessionUser({ role: 'admin' }));
  });

  afterEach(() => http.verify());

  async function open(users: UserResponse[]) {
    const harness = await RouterTestingHarness.create('/admin/users');
    http.expectOne('/api/users').flush({ items: users });
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const root = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    const element = harness.routeNativeElement as HTMLElement;
    const input = (name: string) =>
      loader.getHarness(MatInputHarness.with({ selector: `[formControlName="${name}"]` }));
    const field = (label: string) =>
      loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    return { harness, loader, root, element, field, input };
  }

  it('lists the accounts with their role and status in words', async () => {
    const { loader } = await open([
      aUser(),
      aUser({ id: 'u2', displayName: 'Rowan Pike', role: 'supervisor', active: false }),
    ]);

    const rows = await (await loader.getHarness(MatTableHarness)).getRows();
    const cells = await Promise.all(rows.map((r) => r.getCellTextByColumnName()));
    expect(cells.map((c) => [c['displayName'], c['role'], c['status']])).toEqual([
      ['Wren Calloway', 'Advocate', 'Active'],
      ['Rowan Pike', 'Supervisor', 'Deactivated'],
    ]);
  });

  it('adds a user, and shows the API’s complaint about a taken e-mail under the field', async () => {
    const { harness, loader, field, element, input } = await open([aUser()]);
    await (await input('displayName')).setValue('Ada Marsh');
    await (await input('email')).setValue('ada@example.org');
    await (await loader.getHarness(MatSelectHarness)).clickOptions({ text: /^Supervisor/ });
    await (await input('password')).setValue('correct horse battery');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Add user' }))).click();

    const post = http.expectOne('/api/users');
    expect(post.request.body).toEqual({
      displayName: 'Ada Marsh',
      email: 'ada@example.org',
      role: 'supervisor',
      password: 'correct horse battery',
    });
    post.flush(
      {
        error: 'EMAIL_TAKEN',
        message: 'is already the sign-in of another account',
        fields: [{ field: 'email', message: 'is already the sign-in of another account' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await harness.fixture.whenStable();
    expect(await (await field('E-mail')).getTextErrors()).toEqual([
      'E-mail is already the sign-in of another account.',
    ]);

    await (await input('email')).setValue('ada.marsh@example.org');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Add user' }))).click();
    http.expectOne('/api/users').flush(
      aUser({
        id: 'u3',
        displayName: 'Ada Marsh',
        email: 'ada.marsh@example.org',
        role: 'supervisor',
      }),
      {
        status: 201,
        statusText: 'Created',
      },
    );
    await harness.fixture.whenStable();

    expect(readableText(element.querySelector('[role="status"]'))).toBe(
      'Ada Marsh can now sign in as Supervisor.',
    );
    const rows = await (await loader.getHarness(MatTableHarness)).getRows();
    expect(rows).toHaveLength(2);
    expect(await (await field('First password')).getTextErrors()).toEqual([]);
  });

  it('asks for a 15-character password before calling the API', async () => {
    const { harness, loader, field, input } = await open([]);
    await (await input('password')).setValue('short');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Add user' }))).click();
    await harness.fixture.whenStable();

    http.expectNone('/api/users');
    expect(await (await field('First password')).getTextErrors()).toEqual([
      'Password must be at least 15 characters.',
    ]);
  });

  it('deactivates an account through the edit dialog, sending only what changed', async () => {
    const user = aUser();
    const { harness, loader, root, element } = await open([user]);

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Edit' }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    const dialogRef = TestBed.inject(MatDialog).openDialogs.at(0);
    if (!dialogRef) throw new Error('the edit dialog is not open');
    const closed = firstValueFrom(dialogRef.afterClosed());
    await (await dialog.getHarness(MatCheckboxHarness)).uncheck();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();

    const patch = http.expectOne(`/api/users/${user.id}`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ active: false });
    patch.flush({ ...user, active: false });
    await closed;
    await harness.fixture.whenStable();

    const [row] = await (await loader.getHarness(MatTableHarness)).getRows();
    expect((await row?.getCellTextByColumnName())?.['status']).toBe('Deactivated');
    expect(readableText(element.querySelector('[role="status"]'))).toBe(
      'Wren Calloway’s account was saved.',
    );
  });

  it('shows an admin’s own lockout as the API words it, under the role', async () => {
    const user = aUser({ role: 'admin' });
    const { root } = await open([user]);

    await (await root.getHarness(MatButtonHarness.with({ text: 'Edit' }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatSelectHarness)).clickOptions({ text: /^Advocate/ });
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();
    http.expectOne(`/api/users/${user.id}`).flush(
      {
        error: 'SELF_LOCKOUT',
        message: 'an admin cannot remove their own admin access; ask another admin',
        fields: [
          {
            field: 'role',
            message: 'an admin cannot remove their own admin access; ask another admin',
          },
        ],
      },
      { status: 409, statusText: 'Conflict' },
    );

    const role = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Role' }));
    expect(await role.getTextErrors()).toEqual([
      'An admin cannot remove their own admin access; ask another admin.',
    ]);
    await dialog.close();
  });
});
