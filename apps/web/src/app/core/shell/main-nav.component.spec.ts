import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { beforeEach, describe, expect, it } from 'vitest';

import type { Role } from '@haven/contracts';

import { aSessionUser } from '../../../testing/builders';
import { SessionStore } from '../auth/session.store';
import { MainNavComponent } from './main-nav.component';

describe('MainNavComponent', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function linksFor(role: Role): Promise<string[]> {
    TestBed.inject(SessionStore).start(aSessionUser({ role }));
    const fixture = TestBed.createComponent(MainNavComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return [...element.querySelectorAll('nav[aria-label="Main"] a')].map(
      (a) => `${a.textContent?.trim()} ${a.getAttribute('href')}`,
    );
  }

  it('shows an advocate their cases and tasks, and no board', async () => {
    expect(await linksFor('advocate')).toEqual([
      'Cases /cases',
      'My tasks /tasks',
      'Calendar /calendar',
      'Rules /rules',
    ]);
  });

  it('adds the board, the reports, the follow-up lead times and the funding sources for a supervisor', async () => {
    expect(await linksFor('supervisor')).toEqual([
      'Cases /cases',
      'My tasks /tasks',
      'Calendar /calendar',
      'Board /board',
      'Reports /reports',
      'Rules /rules',
      'Follow-up lead times /admin/followup-settings',
      'Funding sources /admin/funding-sources',
      'Document templates /admin/templates',
    ]);
  });

  it('shows staff the cases, the calendar, the reports and the rules', async () => {
    expect(await linksFor('staff')).toEqual([
      'Cases /cases',
      'Calendar /calendar',
      'Reports /reports',
      'Rules /rules',
    ]);
  });

  it('shows an admin the rules and the admin pages, and no case pages', async () => {
    expect(await linksFor('admin')).toEqual([
      'Rules /rules',
      'Users /admin/users',
      'Court closures /admin/court-closures',
      'Courts /admin/courts',
      'Follow-up lead times /admin/followup-settings',
      'Funding sources /admin/funding-sources',
      'Document templates /admin/templates',
      'Queue status /admin/queues',
      'Audit trail /admin/audit',
      'Breach scoping /admin/breach-scope',
    ]);
  });
});
