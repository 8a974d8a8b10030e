import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import type {
  AudioFeatureFilters,
  LibrarySortKey,
  LibraryTrackDto,
  ListLibraryTracksQuery,
  SortDirection,
} from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { LibraryApiService } from '../../api/library-api.service';
import { formatDuration, formatPlayed } from '../../ui/format';
import { formatBpm } from './format-bpm';
import { ProblemComponent } from '../../ui/problem.component';
import { AudioFeatureFiltersComponent } from './audio-feature-filters.component';
import { RenamePreviewComponent } from './rename-preview.component';
import { TrackDetailComponent } from './track-detail.component';

const PAGE_SIZE = 60;
const VIEW_KEY = 'truetrack.library.view';
const SEARCH_DELAY_MS = 250;

/** The library: covers or a table, search, filters and sorting; a track opens in a side panel with a player. */
@Component({
  selector: 'adm-library',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, ProblemComponent, TrackDetailComponent, RenamePreviewComponent, AudioFeatureFiltersComponent],
  templateUrl: './library.component.html',
  styleUrl: './library.component.scss',
})
export class LibraryComponent {
  private readonly api = inject(LibraryApiService);
  private readonly router = inject(Router);
  /** The open track, from `?track=`. */
  readonly track = input<string>();
  protected readonly formatDuration = formatDuration;
  protected readonly formatPlayed = formatPlayed;
  protected readonly formatBpm = formatBpm;
  protected readonly coverUrl = (id: string) => this.api.coverUrl(id);

  protected readonly view = signal<'grid' | 'table'>(readView());
  protected readonly search = signal('');
  protected readonly format = signal('');
  protected readonly onlyCovers = signal(false);
  protected readonly missingIds = signal(false);
  protected readonly audioFilters = signal<AudioFeatureFilters>({});
  protected readonly sort = signal<`${LibrarySortKey}:${SortDirection}`>('addedAt:desc');
  protected readonly tracks = signal<readonly LibraryTrackDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly showRename = signal(false);
  private page = 1;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private readonly query = computed<ListLibraryTracksQuery>(() => {
    const [sortKey, sortDirection] = this.sort().split(':') as [LibrarySortKey, SortDirection];
    return {
      search: this.search().trim() || undefined,
      format: this.format() || undefined,
      hasCover: this.onlyCovers() || undefined,
      hasMusicBrainzId: this.missingIds() ? false : undefined,
      ...this.audioFilters(),
      sortKey,
      sortDirection,
      pageSize: PAGE_SIZE,
    };
  });

  constructor() {
    effect(() => {
      const query = this.query();
      clearTimeout(this.timer);
      this.timer = setTimeout(() => untracked(() => void this.load(query, 1)), SEARCH_DELAY_MS);
    });
    effect(() => {
      try {
        localStorage.setItem(VIEW_KEY, this.view());
      } catch {
        // Storage refused: the view choice lasts for this visit.
      }
    });
  }

  protected open(id: string | undefined): void {
    void this.router.navigate([], { queryParams: { track: id ?? null }, queryParamsHandling: 'merge' });
  }

  protected more(): void {
    void this.load(this.query(), this.page + 1);
  }

  private async load(query: ListLibraryTracksQuery, page: number): Promise<void> {
    this.loading.set(true);
    try {
      const result = await firstValueFrom(this.api.tracks({ ...query, page }));
      this.tracks.update((tracks) => (page === 1 ? result.records : [...tracks, ...result.records]));
      this.total.set(result.totalRecords);
      this.page = page;
      this.problem.set(undefined);
    } catch (err) {
      this.problem.set(toProblem(err));
    } finally {
      this.loading.set(false);
    }
  }
}

function readView(): 'grid' | 'table' {
  try {
    return localStorage.getItem(VIEW_KEY) === 'table' ? 'table' : 'grid';
  } catch {
    return 'grid';
  }
}
