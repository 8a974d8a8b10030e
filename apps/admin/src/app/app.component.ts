import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { AuthApiService } from './api/auth-api.service';
import { areas } from './app.routes';
import { SessionService } from './auth/session.service';
import { PlayerBarComponent } from './player/player-bar.component';
import { WaitingCountService } from './live/waiting-count.service';
import { ThemeService } from './ui/theme.service';

const THEME_LABELS = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' } as const;

/** The shell: top bar, navigation (a sidebar, a bottom bar on phones) and the routed page. */
@Component({
  selector: 'adm-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, PlayerBarComponent],
  templateUrl: './app.component.html',
  styleUrl: './app.component.scss',
})
export class AppComponent {
  private readonly sessions = inject(SessionService);
  private readonly auth = inject(AuthApiService);
  private readonly router = inject(Router);
  protected readonly theme = inject(ThemeService);
  protected readonly waiting = inject(WaitingCountService);
  protected readonly areas = areas;
  protected readonly session = this.sessions.session;
  protected readonly signedIn = computed(() => this.session()?.authenticated === true);
  protected readonly themeLabel = computed(() => THEME_LABELS[this.theme.theme()]);

  constructor() {
    effect(() => (this.signedIn() ? this.waiting.start() : this.waiting.stop()));
  }

  protected async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.auth.logout());
    } finally {
      this.sessions.signedOut();
      await this.router.navigate(['/login']);
    }
  }
}
