import type { Routes } from '@angular/router';

import { caseCreatorGuard } from '../../core/auth/role.guards';
import { CaseloadPageComponent } from './caseload-page.component';

export const casesRoutes: Routes = [
  { path: '', component: CaseloadPageComponent, title: 'Cases · Haven' },
  {
    path: 'new',
    canActivate: [caseCreatorGuard],
    loadComponent: () => import('./intake-page.component').then((m) => m.IntakePageComponent),
    title: 'New case · Haven',
  },
  {
    // The title names no one: browser history and tab titles outlive the page.
    path: ':caseId',
    loadComponent: () => import('./case-page.component').then((m) => m.CasePageComponent),
    title: 'Case · Haven',
  },
];
