import type { Routes } from '@angular/router';

import { BoardPageComponent } from './board-page.component';

export const boardRoutes: Routes = [
  { path: '', component: BoardPageComponent, title: 'Board · Haven' },
];
