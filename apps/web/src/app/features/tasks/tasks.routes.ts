import type { Routes } from '@angular/router';

import { TasksPageComponent } from './tasks-page.component';

export const tasksRoutes: Routes = [
  { path: '', component: TasksPageComponent, title: 'My tasks · Haven' },
];
