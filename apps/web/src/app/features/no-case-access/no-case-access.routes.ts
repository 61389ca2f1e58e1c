import type { Routes } from '@angular/router';

import { NoCaseAccessPageComponent } from './no-case-access-page.component';

export const noCaseAccessRoutes: Routes = [
  { path: '', component: NoCaseAccessPageComponent, title: 'No case access · Haven' },
];
