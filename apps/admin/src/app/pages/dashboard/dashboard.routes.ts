import { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';

import { echarts } from './echarts-setup';

/** The dashboard area, lazy: echarts is loaded only when someone opens it. */
export const DASHBOARD_ROUTES: Routes = [
  {
    path: '',
    providers: [provideEchartsCore({ echarts })],
    loadComponent: () => import('./dashboard.component').then((m) => m.DashboardComponent),
  },
];
