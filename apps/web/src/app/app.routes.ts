import type { Routes } from '@angular/router';

import { accountGuard, authGuard, guestGuard } from './core/auth/auth.guard';
import { boardGuard, reportsGuard, tasksGuard } from './core/auth/page-access';
import { caseAccessGuard, noCaseAccessGuard } from './core/auth/role.guards';
import { ShellComponent } from './core/shell/shell.component';

export const appRoutes: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    loadChildren: () => import('./features/auth/auth.routes').then((m) => m.authRoutes),
  },
  {
    // Outside the shell: a sign-in held for the enrolment its role requires may open nothing else.
    path: 'account',
    canActivate: [accountGuard],
    loadChildren: () => import('./features/account/account.routes').then((m) => m.accountRoutes),
  },
  {
    path: '',
    component: ShellComponent,
    canActivate: [authGuard],
    children: [
      {
        path: 'cases',
        canMatch: [caseAccessGuard],
        loadChildren: () => import('./features/cases/cases.routes').then((m) => m.casesRoutes),
      },
      {
        path: 'no-case-access',
        canMatch: [noCaseAccessGuard],
        loadChildren: () =>
          import('./features/no-case-access/no-case-access.routes').then(
            (m) => m.noCaseAccessRoutes,
          ),
      },
      {
        path: 'board',
        canMatch: [boardGuard],
        loadChildren: () => import('./features/board/board.routes').then((m) => m.boardRoutes),
      },
      {
        path: 'reports',
        canMatch: [reportsGuard],
        loadChildren: () =>
          import('./features/reports/reports.routes').then((m) => m.reportsRoutes),
      },
      {
        path: 'tasks',
        canMatch: [tasksGuard],
        loadChildren: () => import('./features/tasks/tasks.routes').then((m) => m.tasksRoutes),
      },
      {
        path: 'calendar',
        canMatch: [caseAccessGuard],
        loadChildren: () =>
          import('./features/calendar/calendar.routes').then((m) => m.calendarRoutes),
      },
      {
        path: 'calendar-feeds',
        canMatch: [caseAccessGuard],
        loadChildren: () =>
          import('./features/calendar-feeds/calendar-feeds.routes').then(
            (m) => m.calendarFeedsRoutes,
          ),
      },
      {
        // Each admin page has its own role guard (a supervisor sets follow-up lead times).
        path: 'admin',
        loadChildren: () => import('./features/admin/admin.routes').then((m) => m.adminRoutes),
      },
      {
        path: 'rules',
        loadChildren: () => import('./features/rules/rules.routes').then((m) => m.rulesRoutes),
      },
      { path: '', pathMatch: 'full', redirectTo: 'cases' },
    ],
  },
  { path: '**', redirectTo: 'cases' },
];
