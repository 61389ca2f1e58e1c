import type { Routes } from '@angular/router';

import { adminGuard, settingsGuard } from '../../core/auth/page-access';

// Each page states who may open it: a supervisor sets follow-up lead times but runs no accounts.
export const adminRoutes: Routes = [
  {
    path: 'users',
    canMatch: [adminGuard],
    loadComponent: () => import('./users-page.component').then((m) => m.UsersPageComponent),
    title: 'Users · Haven',
  },
  {
    path: 'court-closures',
    canMatch: [adminGuard],
    loadComponent: () =>
      import('./court-closures-page.component').then((m) => m.CourtClosuresPageComponent),
    title: 'Court closures · Haven',
  },
  {
    path: 'courts',
    canMatch: [adminGuard],
    loadComponent: () => import('./courts-page.component').then((m) => m.CourtsPageComponent),
    title: 'Courts · Haven',
  },
  {
    path: 'followup-settings',
    canMatch: [settingsGuard],
    loadComponent: () =>
      import('./followup-settings-page.component').then((m) => m.FollowupSettingsPageComponent),
    title: 'Follow-up lead times · Haven',
  },
  {
    path: 'funding-sources',
    canMatch: [settingsGuard],
    loadComponent: () =>
      import('./funding-sources-page.component').then((m) => m.FundingSourcesPageComponent),
    title: 'Funding sources · Haven',
  },
  {
    path: 'templates',
    canMatch: [settingsGuard],
    loadComponent: () => import('./templates-page.component').then((m) => m.TemplatesPageComponent),
    title: 'Document templates · Haven',
  },
  {
    path: 'audit',
    canMatch: [adminGuard],
    loadComponent: () => import('./audit-log-page.component').then((m) => m.AuditLogPageComponent),
    title: 'Audit trail · Haven',
  },
  {
    path: 'breach-scope',
    canMatch: [adminGuard],
    loadComponent: () =>
      import('./breach-scope-page.component').then((m) => m.BreachScopePageComponent),
    title: 'Breach scoping · Haven',
  },
  {
    path: 'queues',
    canMatch: [adminGuard],
    loadComponent: () =>
      import('./queue-status-page.component').then((m) => m.QueueStatusPageComponent),
    title: 'Queue status · Haven',
  },
  { path: '', pathMatch: 'full', redirectTo: 'users' },
];
