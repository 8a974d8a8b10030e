import { ChangeDetectionStrategy, Component, HostListener, computed, inject } from '@angular/core';

import { formatDuration } from '../ui/format';
import { PlayerService } from './player.service';

/** The player at the bottom of every page: it lives in the app shell, so changing pages never stops the music. */
@Component({
  selector: 'adm-player-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (player.current(); as item) {
      <section class="player" aria-label="Player">
        <img class="cover" [src]="player.coverUrl(item)" alt="" width="48" height="48" />
        <div class="now">
          <strong class="title">{{ item.title }}</strong>
          <span class="muted small">{{ item.artist }}{{ item.album ? ' · ' + item.album : '' }}</span>
        </div>
        <div class="controls">
          <button
            type="button"
            class="btn small"
            (click)="player.toggleShuffle()"
            [attr.aria-pressed]="player.queue().shuffle"
            aria-label="Shuffle"
          >
            ⤮
          </button>
          <button type="button" class="btn small" (click)="player.previous()" aria-label="Previous">«</button>
          <button
            type="button"
            class="btn small play"
            (click)="player.toggle()"
            [attr.aria-label]="player.playing() ? 'Pause' : 'Play'"
          >
            {{ player.playing() ? '❚❚' : '▶' }}
          </button>
          <button type="button" class="btn small" (click)="player.next()" aria-label="Next">»</button>
          <button
            type="button"
            class="btn small"
            (click)="player.cycleRepeat()"
            [attr.aria-label]="'Repeat: ' + player.queue().repeat"
          >
            {{ player.queue().repeat === 'one' ? '🔂' : '🔁'
            }}<span class="small">{{ player.queue().repeat === 'off' ? ' off' : '' }}</span>
          </button>
        </div>
        <input
          class="seek"
          type="range"
          min="0"
          step="0.1"
          [max]="player.duration()"
          [value]="player.position()"
          (input)="player.seek(+$any($event.target).value)"
          aria-label="Position"
          [attr.aria-valuetext]="time()"
        />
        <span class="small muted time">{{ time() }}</span>
        <input
          class="volume"
          type="range"
          min="0"
          max="1"
          step="0.05"
          [value]="player.volume()"
          (input)="player.setVolume(+$any($event.target).value)"
          aria-label="Volume"
        />
        <span class="small muted">{{ player.queue().position + 1 }}/{{ player.queue().items.length }}</span>
      </section>
    }
  `,
  styles: `
    .player {
      display: flex;
      align-items: center;
      flex-wrap: wrap;
      gap: 8px 12px;
      padding: 8px 16px;
      border-top: 1px solid var(--adm-border);
      background: var(--adm-surface);
    }
    .cover {
      width: 48px;
      height: 48px;
      flex: none;
      border-radius: 4px;
      object-fit: cover;
      background: var(--adm-border);
    }
    .now {
      display: flex;
      flex-direction: column;
      min-width: 120px;
      max-width: 260px;
      overflow: hidden;
    }
    .title {
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .controls {
      display: flex;
      gap: 4px;
    }
    .seek {
      flex: 1;
      min-width: 120px;
      accent-color: var(--adm-accent);
    }
    .volume {
      width: 90px;
      accent-color: var(--adm-accent);
    }
  `,
})
export class PlayerBarComponent {
  protected readonly player = inject(PlayerService);
  protected readonly time = computed(
    () => `${formatDuration(this.player.position() * 1000)} / ${formatDuration(this.player.duration() * 1000)}`,
  );

  /** Space plays or pauses, arrows seek (with Shift: previous and next), M mutes; never while typing. */
  @HostListener('document:keydown', ['$event'])
  onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"], button') || !this.player.current()) {
      if (!['MediaPlayPause', 'MediaTrackNext', 'MediaTrackPrevious'].includes(event.key)) return;
    }
    const actions: Record<string, () => void> = {
      ' ': () => this.player.toggle(),
      k: () => this.player.toggle(),
      MediaPlayPause: () => this.player.toggle(),
      MediaTrackNext: () => this.player.next(),
      MediaTrackPrevious: () => this.player.previous(),
      ArrowRight: () => (event.shiftKey ? this.player.next() : this.player.seek(this.player.position() + 5)),
      ArrowLeft: () => (event.shiftKey ? this.player.previous() : this.player.seek(this.player.position() - 5)),
      m: () => this.player.setVolume(this.player.volume() > 0 ? 0 : 1),
    };
    const action = actions[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  }
}
