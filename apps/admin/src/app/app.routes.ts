import { Routes } from '@angular/router';

/** Areas of the admin UI, in nav order. The path is the route; the label is what the nav shows. */
export const areas = [
  { path: 'requests', label: 'Requests' },
  { path: 'queue', label: 'Queue' },
  { path: 'needs-input', label: 'Needs input' },
  { path: 'library', label: 'Library' },
  { path: 'settings', label: 'Settings' },
  { path: 'system', label: 'System' },
] as const;

export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'TrueTrack',
    loadComponent: () => import('./pages/home/home.component').then((m) => m.HomeComponent),
  },
  ...areas.map((area) => ({
    path: area.path,
    title: `${area.label} · TrueTrack`,
    data: { heading: area.label },
    loadComponent: () => import('./pages/placeholder/placeholder.component').then((m) => m.PlaceholderComponent),
  })),
  { path: '**', redirectTo: '' },
];
