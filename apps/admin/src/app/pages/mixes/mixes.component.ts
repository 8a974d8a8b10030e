import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type {
  CandidateDto,
  FixMixLineRequest,
  MixDto,
  MixLineDto,
  MixLineStatus,
  MixSearchHitDto,
  MixSummaryDto,
} from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { MixesApiService } from '../../api/mixes-api.service';
import { CandidateCardComponent } from '../../ui/candidate-card.component';
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

/** DJ mixes: each mix's tracklist with times, what every line is in the library, fixes, requests, CUE sheets. */
@Component({
  selector: 'adm-mixes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, ProblemComponent, CandidateCardComponent],
  templateUrl: './mixes.component.html',
  styleUrl: './mixes.component.scss',
})
export class MixesComponent {
  private readonly api = inject(MixesApiService);

  protected readonly mixes = signal<readonly MixSummaryDto[]>([]);
  protected readonly mix = signal<MixDto | undefined>(undefined);
  protected readonly hits = signal<readonly MixSearchHitDto[] | undefined>(undefined);
  protected readonly editing = signal<string | undefined>(undefined);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly message = signal<string | undefined>(undefined);
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly time = mixTime;

  protected query = '';
  protected typedArtist = '';
  protected typedTitle = '';

  constructor() {
    void this.run(async () => this.mixes.set(await firstValueFrom(this.api.list())));
  }

  protected async open(id: string): Promise<void> {
    this.editing.set(undefined);
    this.message.set(undefined);
    await this.run(async () => this.mix.set(await firstValueFrom(this.api.get(id))));
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
    });
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
