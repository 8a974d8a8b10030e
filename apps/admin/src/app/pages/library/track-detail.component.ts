import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { LibraryTrackDetailDto } from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { LibraryApiService } from '../../api/library-api.service';
import { formatBytes, formatDuration } from '../../ui/format';
import { AudioPlayerComponent } from '../../ui/audio-player.component';
import { ProblemComponent } from '../../ui/problem.component';
import { TrackFeaturesComponent } from './track-features.component';

/** Tag values flattened for a key/value table: arrays joined, nested objects as `parent.child`. */
export function flattenTags(tags: Record<string, unknown> | null, prefix = ''): { key: string; value: string }[] {
  if (!tags) return [];
  return Object.entries(tags).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === null || value === undefined || value === '') return [];
    if (Array.isArray(value)) return [{ key: name, value: value.map(String).join('; ') }];
    if (typeof value === 'object') return flattenTags(value as Record<string, unknown>, name);
    return [{ key: name, value: String(value) }];
  });
}

/** One track: cover, player (the browser streams with byte ranges), facts and every tag. */
@Component({
  selector: 'adm-track-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DatePipe, ProblemComponent, AudioPlayerComponent, TrackFeaturesComponent],
  template: `
    <aside class="card panel" aria-labelledby="track-title">
      <div class="row">
        <h2 id="track-title" class="grow">{{ track()?.title ?? 'Track' }}</h2>
        <button class="btn small" type="button" (click)="closed.emit()" aria-label="Close track details">✕</button>
      </div>
      <adm-problem [problem]="problem()" title="This track could not be loaded." />
      @if (track(); as t) {
        @if (t.hasCover) {
          <img class="cover" [src]="api.coverUrl(t.id)" [alt]="'Cover of ' + (t.album ?? t.title)" />
        }
        <p>{{ t.artist }}{{ t.album ? ' — ' + t.album : '' }}{{ t.year ? ' (' + t.year + ')' : '' }}</p>
        <adm-audio-player [src]="api.streamUrl(t.id)" [title]="t.title ?? t.path" />
        @if (t.readProblem) {
          <p class="notice small">{{ t.readProblem }}</p>
        }
        <dl class="facts small">
          <dt>File</dt>
          <dd class="mono">{{ t.path }}</dd>
          <dt>Format</dt>
          <dd>{{ t.format }} · {{ t.audio.codec }} · {{ bitrate() }}</dd>
          <dt>Length</dt>
          <dd>{{ formatDuration(t.durationMs) }}</dd>
          <dt>Size</dt>
          <dd>{{ formatBytes(t.size) }}</dd>
          <dt>Added</dt>
          <dd>{{ t.addedAt | date: 'medium' }}</dd>
          @if (t.job) {
            <dt>Job</dt>
            <dd>
              <a [routerLink]="['/queue', t.job.id]">{{ t.job.query }}</a>
            </dd>
          }
          @if (t.sourceUrl) {
            <dt>Source</dt>
            <dd>
              <a [href]="t.sourceUrl" target="_blank" rel="noopener noreferrer">{{ t.sourceUrl }}</a>
            </dd>
          }
        </dl>
        <adm-track-features [trackId]="t.id" />
        <h3 id="tags-title">Tags</h3>
        <dl class="facts small tags">
          @for (tag of tags(); track tag.key) {
            <dt>{{ tag.key }}</dt>
            <dd>{{ tag.value }}</dd>
          } @empty {
            <dd class="muted">No tags could be read.</dd>
          }
        </dl>
      }
    </aside>
  `,
  styles: `
    .panel {
      position: sticky;
      top: 64px;
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-height: calc(100vh - 80px);
      overflow: auto;
    }
    .grow {
      flex: 1;
      margin: 0;
    }
    .cover {
      max-width: 200px;
    }
    h3 {
      font-size: 14px;
      margin: 8px 0 0;
    }
    .tags {
      grid-template-columns: minmax(90px, 40%) 1fr;
    }
  `,
})
export class TrackDetailComponent {
  protected readonly api = inject(LibraryApiService);
  readonly trackId = input.required<string>();
  readonly closed = output<void>();
  protected readonly formatDuration = formatDuration;
  protected readonly formatBytes = formatBytes;
  protected readonly track = signal<LibraryTrackDetailDto | undefined>(undefined);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly tags = computed(() =>
    flattenTags(this.track()?.tags ?? null).map((t) => ({ ...t, key: t.key.replace(/^metadata\./, '') })),
  );
  protected readonly bitrate = computed(() => {
    const bps = this.track()?.audio.bitrate;
    return bps ? `${Math.round(bps / 1000)} kbit/s` : 'bitrate unknown';
  });

  constructor() {
    effect(() => void this.load(this.trackId()));
  }

  private async load(id: string): Promise<void> {
    this.problem.set(undefined);
    try {
      this.track.set(await firstValueFrom(this.api.track(id)));
    } catch (err) {
      this.track.set(undefined);
      this.problem.set(toProblem(err));
    }
  }
}
