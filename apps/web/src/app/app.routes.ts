import type { Routes } from '@angular/router';

import { authGuard, guestGuard } from './core/auth/auth.guard';
import { ShellComponent } from './core/shell/shell.component';

export const appRoutes: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    loadChildren: () => import('./features/auth/auth.routes').then((m) => m.authRoutes),
  },
  {
    path: '',
    component: ShellComponent,
    canActivate: [authGuard],
    children: [
      {
        path: 'cases',
        loadChildren: () => import('./features/cases/cases.routes').then((m) => m.casesRoutes),
      },
      { path: '', pathMatch: 'full', redirectTo: 'cases' },
    ],
  },
  { path: '**', redirectTo: 'cases' },
];
