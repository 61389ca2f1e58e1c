import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink, RouterLinkActive } from '@angular/router';

import type { Role } from '@haven/contracts';

import {
  canAdministerSystem,
  canManageSettings,
  canReadBoard,
  canReadReports,
} from '../auth/page-access';
import { canCompleteTasks, canReadCases } from '../auth/permissions';
import { SessionStore } from '../auth/session.store';

interface NavLink {
  path: string;
  label: string;
  shownTo: (role: Role) => boolean;
}

// One list, filtered by role, so a page nobody of this role may open never shows as a link.
const LINKS: readonly NavLink[] = [
  { path: '/cases', label: 'Cases', shownTo: canReadCases },
  { path: '/tasks', label: 'My tasks', shownTo: canCompleteTasks },
  { path: '/calendar', label: 'Calendar', shownTo: canReadCases },
  { path: '/board', label: 'Board', shownTo: canReadBoard },
  { path: '/reports', label: 'Reports', shownTo: canReadReports },
  { path: '/rules', label: 'Rules', shownTo: () => true },
  { path: '/admin/users', label: 'Users', shownTo: canAdministerSystem },
  { path: '/admin/court-closures', label: 'Court closures', shownTo: canAdministerSystem },
  { path: '/admin/courts', label: 'Courts', shownTo: canAdministerSystem },
  { path: '/admin/followup-settings', label: 'Follow-up lead times', shownTo: canManageSettings },
  { path: '/admin/funding-sources', label: 'Funding sources', shownTo: canManageSettings },
  { path: '/admin/templates', label: 'Document templates', shownTo: canManageSettings },
  { path: '/admin/queues', label: 'Queue status', shownTo: canAdministerSystem },
  { path: '/admin/audit', label: 'Audit trail', shownTo: canAdministerSystem },
  { path: '/admin/breach-scope', label: 'Breach scoping', shownTo: canAdministerSystem },
];

/**
 * The pages the signed-in user's role may open: a row of links on wide screens, a "Menu" button
 * listing them on phones, where a row of ten links would scroll sideways.
 */
@Component({
  selector: 'hv-main-nav',
  imports: [MatButtonModule, MatMenuModule, RouterLink, RouterLinkActive],
  template: `
    @if (links().length > 0) {
      <nav class="phone-nav" aria-label="Main menu">
        <button mat-stroked-button type="button" [matMenuTriggerFor]="menu">Menu</button>
        <mat-menu #menu="matMenu">
          @for (link of links(); track link.path) {
            <a
              mat-menu-item
              [routerLink]="link.path"
              routerLinkActive="active"
              ariaCurrentWhenActive="page"
              >{{ link.label }}</a
            >
          }
        </mat-menu>
      </nav>
      <nav class="nav" aria-label="Main">
        @for (link of links(); track link.path) {
          <a
            mat-button
            [routerLink]="link.path"
            routerLinkActive="active"
            ariaCurrentWhenActive="page"
            >{{ link.label }}</a
          >
        }
      </nav>
    }
  `,
  styles: `
    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      padding: 4px 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .phone-nav {
      display: none;
      padding: 4px 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    @media (max-width: 720px) {
      .nav {
        display: none;
      }
      .phone-nav {
        display: block;
      }
    }
    .active {
      font-weight: 600;
      text-decoration: underline;
      text-underline-offset: 6px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MainNavComponent {
  private readonly session = inject(SessionStore);

  protected readonly links = computed(() => {
    const user = this.session.user();
    return user ? LINKS.filter((link) => link.shownTo(user.role)) : [];
  });
}
