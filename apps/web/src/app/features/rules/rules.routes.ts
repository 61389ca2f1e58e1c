import type { Routes } from '@angular/router';

import { RulesPageComponent } from './rules-page.component';

export const rulesRoutes: Routes = [
  { path: '', component: RulesPageComponent, title: 'Rules reference · Haven' },
];
