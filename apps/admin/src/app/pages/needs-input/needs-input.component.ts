import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { type CandidateDto, type JobDto, JobStatus, JobStreamEvent } from '@app/contracts';
import { debounceTime, filter, firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { JobsApiService } from '../../api/jobs-api.service';
import { JobEventsService } from '../../live/job-events.service';
import { CandidateCardComponent } from '../../ui/candidate-card.component';
import { stateLabel } from '../../ui/format';
import { ProblemComponent } from '../../ui/problem.component';
import { checkRequired } from '../../ui/required-fields';

/** Arrow keys move between cards (left/right) and between jobs (up/down). */
const MOVES: Record<string, [number, number]> = {
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
};

export const cardId = (job: number, card: number) => `candidate-${job}-${card}`;

/** Every job waiting for a person, oldest first, with its candidates to choose from. */
@Component({
  selector: 'adm-needs-input',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, DatePipe, CandidateCardComponent, ProblemComponent],
  templateUrl: './needs-input.component.html',
  styleUrl: './needs-input.component.scss',
})
export class NeedsInputComponent {
  private readonly api = inject(JobsApiService);
  protected readonly stateLabel = stateLabel;
  protected readonly cardId = cardId;
  protected readonly jobs = signal<readonly JobDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly jobProblems = signal<Readonly<Record<string, ApiProblem>>>({});
  protected readonly busyId = signal<string | undefined>(undefined);
  /** The job whose "none of these" form is open, and the query it will search again with. */
  protected readonly retyping = signal<string | undefined>(undefined);
  protected readonly newQuery = signal('');

  constructor() {
    inject(JobEventsService)
      .messages.pipe(
        filter((m) => m.type === JobStreamEvent.Created || m.type === JobStreamEvent.Updated),
        debounceTime(300),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => void this.load());
    void this.load();
  }

  protected async choose(job: JobDto, candidate: CandidateDto): Promise<void> {
    await this.act(job, () => firstValueFrom(this.api.choose(job.id, candidate.id)));
  }

  protected async skip(job: JobDto): Promise<void> {
    await this.act(job, () => firstValueFrom(this.api.cancel(job.id)));
  }

  protected openRetype(job: JobDto): void {
    this.retyping.set(job.id);
    this.newQuery.set(job.query);
  }

  /** The server cannot take a free answer, so the request is replaced: this job ends, a new one starts. */
  protected async searchAgain(job: JobDto): Promise<void> {
    if (this.busyId() === job.id) return;
    const query = this.newQuery().trim();
    const missing = checkRequired([{ field: 'query', value: query, label: 'A new search or a link' }]);
    if (missing) {
      this.jobProblems.update((all) => ({ ...all, [job.id]: missing }));
      return;
    }
    await this.act(job, async () => {
      await firstValueFrom(this.api.cancel(job.id));
      await firstValueFrom(this.api.create({ query, kind: job.kind, options: job.options }));
      this.retyping.set(undefined);
    });
  }

  protected onKey(event: KeyboardEvent): void {
    const move = MOVES[event.key];
    const from = (event.target as HTMLElement).id.match(/^candidate-(\d+)-(\d+)$/);
    if (!move || !from) return;
    const [job, card] = [Number(from[1]) + move[0], move[0] ? 0 : Number(from[2]) + move[1]];
    const target = (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`#${cardId(job, card)}`);
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  private async act(job: JobDto, action: () => Promise<unknown>): Promise<void> {
    this.busyId.set(job.id);
    this.jobProblems.update(({ [job.id]: _, ...rest }) => rest);
    try {
      await action();
      this.jobs.update((jobs) => jobs.filter((j) => j.id !== job.id));
    } catch (err) {
      this.jobProblems.update((all) => ({ ...all, [job.id]: toProblem(err) }));
    } finally {
      this.busyId.set(undefined);
    }
  }

  private async load(): Promise<void> {
    try {
      const page = await firstValueFrom(this.api.list({ status: JobStatus.Waiting, pageSize: 50 }));
      const oldestFirst = [...page.records].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      const withCandidates = await Promise.all(oldestFirst.map((job) => firstValueFrom(this.api.get(job.id))));
      this.jobs.set(withCandidates.filter((job) => job.status === JobStatus.Waiting));
      this.problem.set(undefined);
    } catch (err) {
      this.problem.set(toProblem(err));
    } finally {
      this.loading.set(false);
    }
  }
}
