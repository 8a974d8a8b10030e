import { Routes } from '@angular/router';

import { requireSession, requireSignedOut } from './auth/session.guard';

/** Areas of the admin UI, in nav order. The path is the route; the label is what the nav shows. */
export const areas = [
  { path: 'requests', label: 'Requests', icon: '+' },
  { path: 'ask', label: 'Ask', icon: '…' },
  { path: 'downloads', label: 'Downloads', icon: '↓' },
  { path: 'queue', label: 'Queue', icon: '≡' },
  { path: 'needs-input', label: 'Needs input', icon: '?' },
  { path: 'library', label: 'Library', icon: '♫' },
  { path: 'duplicates', label: 'Duplicates', icon: '≈' },
  { path: 'listening', label: 'Listening', icon: '◎' },
  { path: 'mixes', label: 'Mixes', icon: '◐' },
  { path: 'dashboard', label: 'Dashboard', icon: '◭' },
  { path: 'settings', label: 'Settings', icon: '⚙' },
  { path: 'system', label: 'System', icon: '♥' },
] as const;

const title = (label: string) => `${label} · TrueTrack`;

export const routes: Routes = [
  {
    path: 'login',
    title: title('Sign in'),
    canActivate: [requireSignedOut],
    loadComponent: () => import('./pages/login/login.component').then((m) => m.LoginComponent),
  },
  {
    path: 'setup',
    title: title('Welcome'),
    canActivate: [requireSignedOut],
    loadComponent: () => import('./pages/setup/setup.component').then((m) => m.SetupComponent),
  },
  {
    path: '',
    canActivateChild: [requireSession],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'requests' },
      {
        path: 'requests',
        title: title('Requests'),
        loadComponent: () => import('./pages/requests/requests.component').then((m) => m.RequestsComponent),
      },
      {
        path: 'ask',
        title: title('Ask'),
        loadComponent: () => import('./pages/ask/ask.component').then((m) => m.AskComponent),
      },
      {
        path: 'downloads',
        title: title('Downloads'),
        loadComponent: () => import('./pages/downloads/downloads.component').then((m) => m.DownloadsComponent),
      },
      {
        path: 'queue',
        title: title('Queue'),
        loadComponent: () => import('./pages/queue/queue.component').then((m) => m.QueueComponent),
      },
      {
        path: 'needs-input',
        title: title('Needs input'),
        loadComponent: () => import('./pages/needs-input/needs-input.component').then((m) => m.NeedsInputComponent),
      },
      {
        // Not /jobs/:id: the server keeps /jobs for its bare job API.
        path: 'queue/:id',
        title: title('Job'),
        loadComponent: () => import('./pages/job-detail/job-detail.component').then((m) => m.JobDetailComponent),
      },
      {
        path: 'mixes',
        title: title('Mixes'),
        loadComponent: () => import('./pages/mixes/mixes.component').then((m) => m.MixesComponent),
      },
      {
        path: 'duplicates',
        title: title('Duplicates'),
        loadComponent: () => import('./pages/duplicates/duplicates.component').then((m) => m.DuplicatesComponent),
      },
      {
        path: 'library',
        title: title('Library'),
        loadComponent: () => import('./pages/library/library.component').then((m) => m.LibraryComponent),
      },
      {
        path: 'listening',
        title: title('Listening'),
        loadComponent: () => import('./pages/listening/listening.component').then((m) => m.ListeningComponent),
      },
      {
        path: 'dashboard',
        title: title('Dashboard'),
        loadChildren: () => import('./pages/dashboard/dashboard.routes').then((m) => m.DASHBOARD_ROUTES),
      },
      {
        path: 'settings',
        title: title('Settings'),
        loadComponent: () => import('./pages/settings/settings.component').then((m) => m.SettingsComponent),
      },
      {
        path: 'system',
        title: title('System'),
        loadComponent: () => import('./pages/system/system.component').then((m) => m.SystemComponent),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
