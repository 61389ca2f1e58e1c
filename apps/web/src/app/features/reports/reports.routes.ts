import type { Routes } from '@angular/router';
import { provideCharts, withDefaultRegisterables } from 'ng2-charts';

import { ReportsPageComponent } from './reports-page.component';

export const reportsRoutes: Routes = [
  {
    path: '',
    component: ReportsPageComponent,
    title: 'Reports · Haven',
    providers: [provideCharts(withDefaultRegisterables())],
  },
];
