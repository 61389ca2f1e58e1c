import type { Routes } from '@angular/router';

import { CalendarPageComponent } from './calendar-page.component';

export const calendarRoutes: Routes = [
  { path: '', component: CalendarPageComponent, title: 'Calendar · Haven' },
];
