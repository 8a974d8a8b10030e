import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import type {
  DashboardOverviewDto,
  ListenerDto,
  MixtapeTrackDto,
  MoodsDto,
  OutlierDto,
  RadarDto,
  TrajectoryDto,
} from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { DashboardApiService } from '../../api/dashboard-api.service';
import { JobsApiService } from '../../api/jobs-api.service';
import { LibraryApiService } from '../../api/library-api.service';
import { ListeningApiService } from '../../api/listening-api.service';
import { AudioPlayerComponent } from '../../ui/audio-player.component';
import { ProblemComponent } from '../../ui/problem.component';
import { ThemeService } from '../../ui/theme.service';
import { ChartCardComponent } from './chart-card.component';
import { moodsOption, radarOption, trajectoryOption } from './chart-options';

export const TABS = ['overview', 'trajectory', 'moods', 'radar', 'outliers'] as const;
export type Tab = (typeof TABS)[number];
const TAB_LABELS: Record<Tab, string> = {
  overview: 'Overview',
  trajectory: 'Trajectory',
  moods: 'Moods',
  radar: 'Radar',
  outliers: 'Outliers',
};
const FILTERS = ['listener', 'window', 'week', 'compare', 'artist', 'source'] as const;
type Filter = (typeof FILTERS)[number];

/** Where each person's listening is going: KPIs, the taste map, moods, the radar and the outliers. */
@Component({
  selector: 'adm-dashboard',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, ChartCardComponent, ProblemComponent, AudioPlayerComponent],
  templateUrl: './dashboard.component.html',
  styleUrl: './dashboard.component.scss',
})
export class DashboardComponent {
  private readonly api = inject(DashboardApiService);
  private readonly listening = inject(ListeningApiService);
  private readonly jobs = inject(JobsApiService);
  private readonly library = inject(LibraryApiService);
  private readonly router = inject(Router);
  private readonly theme = inject(ThemeService);
  private readonly document = inject(DOCUMENT);
  private readonly query = toSignal(inject(ActivatedRoute).queryParamMap, { requireSync: true });

  protected readonly tabs = TABS;
  protected readonly tabLabels = TAB_LABELS;
  protected readonly tab = computed<Tab>(() => {
    const tab = this.query().get('tab') as Tab | null;
    return tab && TABS.includes(tab) ? tab : 'overview';
  });
  protected readonly filters = computed(
    () => Object.fromEntries(FILTERS.map((f) => [f, this.query().get(f) ?? ''])) as Record<Filter, string>,
  );
  protected readonly dark = computed(() => {
    const chosen = this.theme.theme();
    if (chosen !== 'system') return chosen === 'dark';
    return this.document.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  });

  protected readonly listeners = signal<readonly ListenerDto[]>([]);
  protected readonly overview = signal<DashboardOverviewDto | undefined>(undefined);
  protected readonly trajectory = signal<TrajectoryDto | undefined>(undefined);
  protected readonly moods = signal<MoodsDto | undefined>(undefined);
  protected readonly radar = signal<RadarDto | undefined>(undefined);
  protected readonly outliers = signal<readonly OutlierDto[]>([]);
  protected readonly mixtape = signal<readonly (OutlierDto | MixtapeTrackDto)[]>([]);
  protected readonly playing = signal<OutlierDto | undefined>(undefined);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly message = signal<string | undefined>(undefined);
  protected readonly loading = signal(false);

  protected readonly trajectoryChart = computed(() => {
    const t = this.trajectory();
    return t && trajectoryOption(t, this.dark());
  });
  protected readonly moodsChart = computed(() => {
    const m = this.moods();
    return m && moodsOption(m, this.dark());
  });
  protected readonly radarChart = computed(() => {
    const r = this.radar();
    return r && radarOption(r, this.dark());
  });

  constructor() {
    void firstValueFrom(this.listening.listeners()).then(
      (l) => this.listeners.set(l),
      () => undefined,
    );
    effect(() => void this.load(this.tab(), this.filters()));
  }

  protected streamUrl(trackId: string): string {
    return this.library.streamUrl(trackId);
  }

  protected exportUrl(format: 'm3u8' | 'jspf'): string {
    const f = this.filters();
    return this.api.exportUrl({ listenerId: f.listener || undefined, week: f.week || undefined }, format);
  }

  /** Keeps a filter in the URL, so that a view can be bookmarked and shared. */
  protected setFilter(name: Filter | 'tab', value: string): void {
    void this.router.navigate([], { queryParams: { [name]: value || null }, queryParamsHandling: 'merge' });
  }

  /** Arrow keys move between tabs, as in every tab list. */
  protected onTabKey(event: KeyboardEvent): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(this.tab()) + step + TABS.length) % TABS.length]!;
    this.setFilter('tab', next);
    this.document.getElementById(`dashboard-tab-${next}`)?.focus();
  }

  protected addToMixtape(track: OutlierDto): void {
    if (!this.mixtape().some((t) => t.trackId === track.trackId)) this.mixtape.update((m) => [...m, track]);
    this.message.set(`${track.artist} – ${track.title} is on the mixtape.`);
  }

  protected async request(track: OutlierDto): Promise<void> {
    await this.run(async () => {
      const made = await firstValueFrom(this.jobs.createList({ text: `${track.artist} - ${track.title}` }));
      this.message.set(`Requested ${track.artist} – ${track.title} (job ${made.job.id}).`);
    });
  }

  private async load(tab: Tab, f: Record<Filter, string>): Promise<void> {
    const listenerId = f.listener || undefined;
    await this.run(async () => {
      if (tab === 'overview') this.overview.set(await firstValueFrom(this.api.overview({ listenerId })));
      if (tab === 'trajectory') {
        this.trajectory.set(await firstValueFrom(this.api.trajectory({ listenerId, window: f.window || undefined })));
      }
      if (tab === 'moods') {
        const query = { listenerId, window: f.window || undefined, artist: f.artist, source: f.source };
        this.moods.set(await firstValueFrom(this.api.moods(query)));
      }
      if (tab === 'radar') {
        const query = { listenerId, week: f.week || undefined, compare: f.compare || undefined };
        this.radar.set(await firstValueFrom(this.api.radar(query)));
      }
      if (tab === 'outliers') this.outliers.set((await firstValueFrom(this.api.outliers({ listenerId }))).tracks);
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.loading.set(true);
    this.problem.set(undefined);
    try {
      await work();
    } catch (error) {
      this.problem.set(toProblem(error));
    } finally {
      this.loading.set(false);
    }
  }
}
