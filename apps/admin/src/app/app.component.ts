import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { areas } from './app.routes';

@Component({
  selector: 'adm-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  template: `
    <header class="bar">
      <a class="brand" routerLink="/">TrueTrack</a>
    </header>
    <div class="shell">
      <nav aria-label="Main">
        @for (area of areas; track area.path) {
          <a [routerLink]="area.path" routerLinkActive="active" ariaCurrentWhenActive="page">{{ area.label }}</a>
        }
      </nav>
      <main>
        <router-outlet />
      </main>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100%;
    }
    .bar {
      display: flex;
      align-items: center;
      height: 48px;
      padding: 0 16px;
      background: var(--adm-bar);
    }
    .brand {
      color: var(--adm-bar-text);
      font-size: 18px;
      font-weight: 600;
      text-decoration: none;
    }
    .shell {
      display: flex;
      flex: 1;
    }
    nav {
      display: flex;
      flex-direction: column;
      gap: 2px;
      width: 180px;
      padding: 12px 8px;
      border-right: 1px solid var(--adm-border);
    }
    nav a {
      padding: 6px 10px;
      border-radius: 4px;
      color: var(--adm-text);
      text-decoration: none;
    }
    nav a.active {
      background: var(--adm-surface);
      color: var(--adm-accent);
      font-weight: 600;
    }
    main {
      flex: 1;
      padding: 16px 24px;
    }
  `,
})
export class AppComponent {
  protected readonly areas = areas;
}
