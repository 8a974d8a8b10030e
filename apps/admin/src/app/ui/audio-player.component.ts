import { ChangeDetectionStrategy, Component, ElementRef, computed, input, signal, viewChild } from '@angular/core';

import { formatDuration } from './format';

/**
 * A player that looks the same in every browser and theme. The audio element fetches the stream itself, so the
 * browser asks for byte ranges as it plays and seeks.
 */
@Component({
  selector: 'adm-audio-player',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <audio
      #audio
      preload="metadata"
      [src]="src()"
      (loadedmetadata)="sync()"
      (timeupdate)="sync()"
      (play)="playing.set(true)"
      (pause)="playing.set(false)"
      (ended)="playing.set(false)"
      (error)="failed.set(true)"
    ></audio>
    <button
      type="button"
      class="btn small play"
      (click)="toggle()"
      [disabled]="failed()"
      [attr.aria-label]="(playing() ? 'Pause ' : 'Play ') + title()"
    >
      <span aria-hidden="true">{{ playing() ? '❚❚' : '▶' }}</span>
    </button>
    <input
      type="range"
      min="0"
      [max]="duration()"
      step="0.1"
      [value]="position()"
      (input)="seek($event)"
      [attr.aria-label]="'Position in ' + title()"
      [attr.aria-valuetext]="time()"
      [disabled]="failed()"
    />
    <span class="small muted time">{{ failed() ? 'Cannot play this file' : time() }}</span>
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    input {
      flex: 1;
      min-width: 80px;
      accent-color: var(--adm-accent);
    }
    .play {
      min-width: 40px;
    }
    .time {
      white-space: nowrap;
    }
  `,
})
export class AudioPlayerComponent {
  readonly src = input.required<string>();
  readonly title = input('track');
  private readonly audio = viewChild.required<ElementRef<HTMLAudioElement>>('audio');
  protected readonly playing = signal(false);
  protected readonly failed = signal(false);
  protected readonly position = signal(0);
  protected readonly duration = signal(0);
  protected readonly time = computed(
    () => `${formatDuration(this.position() * 1000)} / ${formatDuration(this.duration() * 1000)}`,
  );

  protected toggle(): void {
    const el = this.audio().nativeElement;
    if (el.paused) el.play().catch(() => this.failed.set(true));
    else el.pause();
  }

  protected seek(event: Event): void {
    this.audio().nativeElement.currentTime = Number((event.target as HTMLInputElement).value);
  }

  protected sync(): void {
    const el = this.audio().nativeElement;
    this.position.set(el.currentTime);
    this.duration.set(Number.isFinite(el.duration) ? el.duration : 0);
  }
}
