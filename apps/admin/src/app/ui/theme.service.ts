import { DOCUMENT } from '@angular/common';
import { Injectable, effect, inject, signal } from '@angular/core';

export type Theme = 'system' | 'light' | 'dark';

const KEY = 'truetrack.theme';
const ORDER: Theme[] = ['system', 'light', 'dark'];

/** Light, dark or whatever the system prefers; remembered in this browser. */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly document = inject(DOCUMENT);
  readonly theme = signal<Theme>(readStored(this.document));

  constructor() {
    effect(() => {
      const theme = this.theme();
      const root = this.document.documentElement;
      if (theme === 'system') delete root.dataset['theme'];
      else root.dataset['theme'] = theme;
      try {
        this.document.defaultView?.localStorage.setItem(KEY, theme);
      } catch {
        // Private windows may refuse storage; the choice then lasts for this visit only.
      }
    });
  }

  next(): void {
    const i = ORDER.indexOf(this.theme());
    this.theme.set(ORDER[(i + 1) % ORDER.length] ?? 'system');
  }
}

function readStored(document: Document): Theme {
  try {
    const stored = document.defaultView?.localStorage.getItem(KEY);
    return ORDER.includes(stored as Theme) ? (stored as Theme) : 'system';
  } catch {
    return 'system';
  }
}
