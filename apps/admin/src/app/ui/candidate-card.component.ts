import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { CandidateDto } from '@app/contracts';

import { formatDuration, yearOf } from './format';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** What a card shows of a candidate's payload, whichever stage it comes from. */
export function describeCandidate(candidate: CandidateDto) {
  const p = candidate.payload;
  const artists = Array.isArray(p['artists']) ? (p['artists'] as unknown[]).filter((a) => typeof a === 'string') : [];
  const durationMs = num(p['durationMs']);
  const expectedMs = num(p['expectedDurationMs']);
  return {
    title: str(p['title']) ?? str(p['label']) ?? 'Untitled',
    artists: artists.length ? artists.join(', ') : (str(p['artist']) ?? str(p['channel']) ?? ''),
    album: str(p['album']),
    year: yearOf(p['releaseDate'] ?? p['year']),
    duration: durationMs === undefined ? undefined : formatDuration(durationMs),
    expected: expectedMs === undefined ? undefined : formatDuration(expectedMs),
    coverUrl: str(p['coverUrl']) ?? str(p['thumbnail']),
    url: str(p['url']),
    confidence: Math.round(Math.max(0, Math.min(1, candidate.score)) * 100),
  };
}

/** One candidate as a card: pressing it (click, Enter or Space) chooses it. */
@Component({
  selector: 'adm-candidate-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = view();
    <button type="button" class="pick" [id]="cardId()" [disabled]="disabled()" (click)="choose.emit(candidate())">
      <span class="visually-hidden">Choose</span>
      @if (c.coverUrl) {
        <img class="cover" [src]="c.coverUrl" alt="" loading="lazy" referrerpolicy="no-referrer" />
      } @else if (!compact()) {
        <span class="cover" aria-hidden="true">♪</span>
      }
      <span class="title">{{ c.title }}</span>
      <span>{{ c.artists }}</span>
      <span class="muted small">{{ c.album }}{{ c.album && c.year ? ' · ' : '' }}{{ c.year }}</span>
      <span class="small">
        {{ c.duration ?? '–' }}
        @if (c.expected) {
          <span class="muted">vs {{ c.expected }} expected</span>
        }
      </span>
      <span class="meter" aria-hidden="true"><span [style.width.%]="c.confidence"></span></span>
      <span class="small"
        ><strong>{{ c.confidence }}%</strong> confidence · {{ candidate().provider }}</span
      >
    </button>
    @if (candidate().reasons.length) {
      <ul class="reasons small muted" [attr.aria-label]="'Why ' + c.title">
        @for (r of candidate().reasons.slice(0, 5); track $index) {
          <li>{{ r }}</li>
        }
      </ul>
    }
    @if (c.url) {
      <a class="small" [href]="c.url" target="_blank" rel="noopener noreferrer">Source page</a>
    }
  `,
  styleUrl: './candidate-card.component.scss',
})
export class CandidateCardComponent {
  readonly candidate = input.required<CandidateDto>();
  readonly cardId = input<string>();
  readonly disabled = input(false);
  /** Leaves out the placeholder of a missing cover, where most candidates have none (a mix's lines). */
  readonly compact = input(false);
  readonly choose = output<CandidateDto>();
  protected readonly view = computed(() => describeCandidate(this.candidate()));
}
