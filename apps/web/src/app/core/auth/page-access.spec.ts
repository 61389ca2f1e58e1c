import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type Route, Router, provideRouter } from '@angular/router';
import { beforeEach, describe, expect, it } from 'vitest';

import type { Role } from '@haven/contracts';

import { aSessionUser } from '../../../testing/builders';
import { adminGuard, boardGuard, settingsGuard, tasksGuard } from './page-access';
import { SessionStore } from './session.store';

describe('page access guards', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function match(role: Role, guard: typeof boardGuard): Promise<string | boolean> {
    TestBed.inject(SessionStore).start(aSessionUser({ role }));
    const result = (await TestBed.runInInjectionContext(() => guard({} as Route, []))) as
      boolean | Parameters<Router['serializeUrl']>[0];
    return typeof result === 'boolean' ? result : TestBed.inject(Router).serializeUrl(result);
  }

  it.each<[Role, string | true]>([
    ['supervisor', true],
    ['advocate', '/cases'],
    ['staff', '/cases'],
    ['admin', '/cases'],
  ])('lets only a supervisor onto the board (%s → %s)', async (role, expected) => {
    await expect(match(role, boardGuard)).resolves.toBe(expected);
  });

  it.each<[Role, string | true]>([
    ['advocate', true],
    ['supervisor', true],
    ['staff', '/cases'],
    ['admin', '/cases'],
  ])('gives a task inbox to those who complete tasks (%s → %s)', async (role, expected) => {
    await expect(match(role, tasksGuard)).resolves.toBe(expected);
  });

  it.each<[Role, string | true]>([
    ['admin', true],
    ['supervisor', '/cases'],
    ['advocate', '/cases'],
    ['staff', '/cases'],
  ])('keeps the admin pages for admins (%s → %s)', async (role, expected) => {
    await expect(match(role, adminGuard)).resolves.toBe(expected);
  });

  it.each<[Role, string | true]>([
    ['admin', true],
    ['supervisor', true],
    ['advocate', '/cases'],
    ['staff', '/cases'],
  ])('lets admins and supervisors set follow-up lead times (%s → %s)', async (role, expected) => {
    await expect(match(role, settingsGuard)).resolves.toBe(expected);
  });
});
