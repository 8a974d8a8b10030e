import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type {
  CandidateDto,
  FixMixLineRequest,
  LibraryTrackDto,
  MixDto,
  MixLineDto,
  MixLineStatus,
  MixSearchHitDto,
  MixSplitDto,
  MixSummaryDto,
} from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { LibraryApiService } from '../../api/library-api.service';
import { MixesApiService } from '../../api/mixes-api.service';
import { CandidateCardComponent } from '../../ui/candidate-card.component';
import { JobProgressComponent } from '../../ui/job-progress.component';
import { ProblemComponent } from '../../ui/problem.component';
import { checkRequired } from '../../ui/required-fields';
import { LIBRARY_PROVIDER, lineCandidates, playedMs } from './line-candidates';
import { mixTime } from './mix-time';

const STATUS_LABELS: Record<MixLineStatus, string> = {
  unidentified: 'ID',
  'in-library': 'In library',
  unsure: 'Confirm',
  missing: 'Missing',
  fixed: 'Fixed',
  requested: 'Requested',
};

/** How often a split under way is asked for its progress. */
const SPLIT_POLL_MS = 1000;

/**
 * DJ mixes: a tracklist pasted or attached to a library track, each mix's lines with times and what every line
 * is in the library, fixes from candidates, requests, CUE sheets, and splitting a mix into tracks.
 */
@Component({
  selector: 'adm-mixes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, ProblemComponent, CandidateCardComponent, JobProgressComponent],
  templateUrl: './mixes.component.html',
  styleUrl: './mixes.component.scss',
})
export class MixesComponent {
  private readonly api = inject(MixesApiService);
  private readonly library = inject(LibraryApiService);
  private pollTimer: ReturnType<typeof setTimeout> | undefined;

  protected readonly mixes = signal<readonly MixSummaryDto[]>([]);
  protected readonly mix = signal<MixDto | undefined>(undefined);
  protected readonly hits = signal<readonly MixSearchHitDto[] | undefined>(undefined);
  protected readonly editing = signal<string | undefined>(undefined);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly message = signal<string | undefined>(undefined);
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly time = mixTime;
  protected readonly fileChoices = signal<readonly LibraryTrackDto[] | undefined>(undefined);
  protected readonly split = signal<MixSplitDto | undefined>(undefined);
  protected readonly splitProgress = computed(() => {
    const s = this.split();
    return { fraction: s && s.total > 0 ? s.done / s.total : 0 };
  });

  protected query = '';
  protected typedArtist = '';
  protected typedTitle = '';
  protected fileQuery = '';
  protected newTrackId = '';
  protected newTracklist = '';

  constructor() {
    void this.run(async () => this.mixes.set(await firstValueFrom(this.api.list())));
    inject(DestroyRef).onDestroy(() => clearTimeout(this.pollTimer));
  }

  protected async open(id: string): Promise<void> {
    this.editing.set(undefined);
    this.message.set(undefined);
    clearTimeout(this.pollTimer);
    this.split.set(undefined);
    await this.run(async () => {
      this.mix.set(await firstValueFrom(this.api.get(id)));
      this.split.set(await firstValueFrom(this.api.splitStatus(id)));
    });
  }

  /** The library tracks whose title, artist or album hold the words: the file a tracklist is attached to. */
  protected async findFiles(): Promise<void> {
    const missing = checkRequired([{ field: 'search', value: this.fileQuery, label: 'Words', inputId: 'mix-file' }]);
    if (missing) return this.problem.set(missing);
    await this.run(async () => {
      const page = await firstValueFrom(this.library.tracks({ search: this.fileQuery.trim(), pageSize: 20 }));
      this.fileChoices.set(page.records);
      this.newTrackId = page.records[0]?.id ?? '';
    });
  }

  /** A tracklist saved as a file (.txt, .cue, a page's text) is read into the box, where it can still be edited. */
  protected async attachFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) this.newTracklist = await file.text();
  }

  protected async create(): Promise<void> {
    const missing = checkRequired([
      { field: 'trackId', value: this.newTrackId, label: 'Mix file', inputId: 'mix-file' },
      { field: 'tracklist', value: this.newTracklist, label: 'Tracklist', inputId: 'mix-tracklist' },
    ]);
    if (missing) return this.problem.set(missing);
    await this.run(async () => {
      const created = await firstValueFrom(this.api.create({ trackId: this.newTrackId, tracklist: this.newTracklist }));
      this.newTracklist = '';
      this.fileChoices.set(undefined);
      this.mixes.set(await firstValueFrom(this.api.list()));
      await this.open(created.id);
      this.message.set(`Attached ${created.lineCount} lines to ${created.path}.`);
    });
  }

  protected async startSplit(): Promise<void> {
    const mix = this.mix();
    if (!mix) return;
    await this.run(async () => {
      this.split.set(await firstValueFrom(this.api.split(mix.id)));
      this.followSplit(mix.id);
    });
  }

  private followSplit(id: string): void {
    clearTimeout(this.pollTimer);
    if (this.split()?.state !== 'running') return;
    this.pollTimer = setTimeout(() => {
      void this.run(async () => {
        if (this.mix()?.id !== id) return;
        this.split.set(await firstValueFrom(this.api.splitStatus(id)));
        this.followSplit(id);
      });
    }, SPLIT_POLL_MS);
  }

  protected async search(): Promise<void> {
    const missing = checkRequired([{ field: 'q', value: this.query, label: 'Words', inputId: 'mix-search' }]);
    if (missing) return this.problem.set(missing);
    await this.run(async () => this.hits.set(await firstValueFrom(this.api.search(this.query.trim()))));
  }

  protected edit(line: MixLineDto): void {
    this.editing.set(line.id);
    this.typedArtist = line.unidentified ? '' : line.artist;
    this.typedTitle = line.unidentified ? '' : line.title;
  }

  protected candidatesOf(mix: MixDto, line: MixLineDto): CandidateDto[] {
    return lineCandidates(line, playedMs(mix, line));
  }

  /** A library track picked is the line; a recording picked identifies a line the library lacks. */
  protected async pick(line: MixLineDto, candidate: CandidateDto): Promise<void> {
    await this.fix(
      line,
      candidate.provider === LIBRARY_PROVIDER ? { trackId: candidate.id } : { recordingId: candidate.id },
    );
  }

  protected async saveTyped(line: MixLineDto): Promise<void> {
    const missing = checkRequired([
      { field: 'artist', value: this.typedArtist, label: 'Artist', inputId: `artist-${line.id}` },
      { field: 'title', value: this.typedTitle, label: 'Title', inputId: `title-${line.id}` },
    ]);
    if (missing) return this.problem.set(missing);
    await this.fix(line, { artist: this.typedArtist.trim(), title: this.typedTitle.trim() });
  }

  protected async requestMissing(): Promise<void> {
    const mix = this.mix();
    if (!mix) return;
    await this.run(async () => {
      const { requested } = await firstValueFrom(this.api.requestMissing(mix.id));
      this.message.set(`Requested ${requested} missing ${requested === 1 ? 'track' : 'tracks'} as one list.`);
      this.mix.set(await firstValueFrom(this.api.get(mix.id)));
      await this.refreshList();
    });
  }

  protected cueUrl(id: string): string {
    return this.api.cueUrl(id);
  }

  private async fix(line: MixLineDto, body: FixMixLineRequest): Promise<void> {
    const mix = this.mix();
    if (!mix) return;
    await this.run(async () => {
      this.mix.set(await firstValueFrom(this.api.fixLine(mix.id, line.id, body)));
      this.editing.set(undefined);
      await this.refreshList();
    });
  }

  /** The list's counts of lines to confirm and missing follow a fix or a request. */
  private async refreshList(): Promise<void> {
    this.mixes.set(await firstValueFrom(this.api.list()));
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.problem.set(undefined);
    try {
      await work();
    } catch (error) {
      this.problem.set(toProblem(error));
    }
  }
}
