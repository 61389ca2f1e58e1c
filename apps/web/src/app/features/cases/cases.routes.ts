import type { Routes } from '@angular/router';

import { CaseloadPageComponent } from './caseload-page.component';

export const casesRoutes: Routes = [
  { path: '', component: CaseloadPageComponent, title: 'Cases · Haven' },
];
