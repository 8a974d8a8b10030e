import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Router } from '@angular/router';

import { IntegrationsSettingsComponent } from './integrations-settings.component';
import { NamingSettingsComponent } from './naming-settings.component';
import { ProvidersSettingsComponent } from './providers-settings.component';
import { SecuritySettingsComponent } from './security-settings.component';
import { TorrentSourcesSettingsComponent } from './torrent-sources-settings.component';

const TABS = [
  { id: 'naming', label: 'Naming' },
  { id: 'providers', label: 'Providers' },
  { id: 'integrations', label: 'Connections' },
  { id: 'torrents', label: 'Torrent sources' },
  { id: 'security', label: 'Security' },
] as const;

/** Settings, one section at a time; the section is in the URL (`?tab=`). */
@Component({
  selector: 'adm-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NamingSettingsComponent,
    ProvidersSettingsComponent,
    SecuritySettingsComponent,
    IntegrationsSettingsComponent,
    TorrentSourcesSettingsComponent,
  ],
  template: `
    <h1>Settings</h1>
    <div class="chips tabs" role="group" aria-label="Settings sections">
      @for (t of tabs; track t.id) {
        <button type="button" [attr.aria-pressed]="(tab() ?? 'naming') === t.id" (click)="show(t.id)">
          {{ t.label }}
        </button>
      }
    </div>
    @switch (tab() ?? 'naming') {
      @case ('providers') {
        <adm-providers-settings />
      }
      @case ('integrations') {
        <adm-integrations-settings />
      }
      @case ('torrents') {
        <adm-torrent-sources-settings />
      }
      @case ('security') {
        <adm-security-settings />
      }
      @default {
        <adm-naming-settings />
      }
    }
  `,
  styles: `
    .tabs {
      margin-bottom: 16px;
    }
  `,
})
export class SettingsComponent {
  private readonly router = inject(Router);
  /** From `?tab=`. */
  readonly tab = input<string>();
  protected readonly tabs = TABS;

  protected show(tab: string): void {
    void this.router.navigate([], { queryParams: { tab } });
  }
}
