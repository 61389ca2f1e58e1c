import type { Routes } from '@angular/router';

import { AccountSecurityPageComponent } from './account-security-page.component';

export const accountRoutes: Routes = [
  { path: 'security', component: AccountSecurityPageComponent, title: 'Sign-in security · Haven' },
  { path: '', pathMatch: 'full', redirectTo: 'security' },
];
