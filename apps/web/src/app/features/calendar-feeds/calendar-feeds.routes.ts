import type { Routes } from '@angular/router';

import { CalendarFeedsPageComponent } from './calendar-feeds-page.component';

export const calendarFeedsRoutes: Routes = [
  { path: '', component: CalendarFeedsPageComponent, title: 'Calendar feeds · Haven' },
];
