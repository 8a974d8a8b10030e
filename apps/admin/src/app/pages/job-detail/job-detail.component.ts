import { DatePipe, JsonPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  type JobDto,
  type JobEventDto,
  JobEventType,
  JobStatus,
  JobStreamEvent,
  type LibraryTrackDto,
} from '@app/contracts';
import { filter, firstValueFrom } from 'rxjs';

import { type ApiProblem, isNotAvailable, toProblem } from '../../api/api-problem';
import { JobsApiService } from '../../api/jobs-api.service';
import { LibraryApiService } from '../../api/library-api.service';
import { type LogLine, SystemApiService } from '../../api/system-api.service';
import { JobEventsService } from '../../live/job-events.service';
import { CandidateCardComponent } from '../../ui/candidate-card.component';
import { stateLabel } from '../../ui/format';
import { JobProgressComponent } from '../../ui/job-progress.component';
import { ProblemComponent } from '../../ui/problem.component';
import { StatusBadgeComponent } from '../../ui/status-badge.component';

/** Everything about one job: timeline, choices, files, errors and logs; live while it runs. */
@Component({
  selector: 'adm-job-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    DatePipe,
    JsonPipe,
    StatusBadgeComponent,
    JobProgressComponent,
    ProblemComponent,
    CandidateCardComponent,
  ],
  templateUrl: './job-detail.component.html',
  styleUrl: './job-detail.component.scss',
})
export class JobDetailComponent {
  private readonly jobs = inject(JobsApiService);
  private readonly library = inject(LibraryApiService);
  private readonly system = inject(SystemApiService);
  /** From the route. */
  readonly id = input.required<string>();
  protected readonly stateLabel = stateLabel;
  protected readonly job = signal<JobDto | undefined>(undefined);
  protected readonly history = signal<readonly JobEventDto[]>([]);
  protected readonly tracks = signal<readonly LibraryTrackDto[]>([]);
  protected readonly logs = signal<readonly LogLine[] | 'unavailable'>([]);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly actionProblem = signal<ApiProblem | undefined>(undefined);
  protected readonly busy = signal(false);

  protected readonly retries = computed(() =>
    this.history().filter((e) => e.type === JobEventType.RetryScheduled || e.type === JobEventType.Retried),
  );
  protected readonly resultPath = computed(() => {
    const path = this.job()?.result?.['path'];
    return typeof path === 'string' ? path : undefined;
  });
  protected readonly canCancel = computed(() => {
    const status = this.job()?.status;
    return status === JobStatus.Running || status === JobStatus.Waiting;
  });

  constructor() {
    const events = inject(JobEventsService);
    events.messages
      .pipe(
        filter(
          (m) =>
            m.type !== 'library.scan' &&
            m.type !== 'search.answered' &&
            (m.type === JobStreamEvent.Progress ? m.jobId : m.job.id) === this.id(),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((m) => {
        if (m.type === JobStreamEvent.Progress)
          this.job.update((j) => j && { ...j, progress: m.progress, state: m.state as JobDto['state'] });
        else void this.load();
      });
    effect(() => void this.load(this.id()));
  }

  protected async choose(choice: string): Promise<void> {
    await this.act(() => this.jobs.choose(this.id(), choice));
  }

  protected async cancel(): Promise<void> {
    await this.act(() => this.jobs.cancel(this.id()));
  }

  protected async retry(): Promise<void> {
    await this.act(() => this.jobs.retry(this.id()));
  }

  private async act(action: () => ReturnType<JobsApiService['cancel']>): Promise<void> {
    this.busy.set(true);
    this.actionProblem.set(undefined);
    try {
      this.job.set(await firstValueFrom(action()));
      await this.load();
    } catch (err) {
      this.actionProblem.set(toProblem(err));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(id = this.id()): Promise<void> {
    try {
      const [job, history] = await Promise.all([
        firstValueFrom(this.jobs.get(id)),
        firstValueFrom(this.jobs.history(id)),
      ]);
      this.job.set(job);
      this.history.set(history);
      this.problem.set(undefined);
      if (job.status === JobStatus.Success) {
        this.tracks.set((await firstValueFrom(this.library.tracks({ jobId: id, pageSize: 50 }))).records);
      }
    } catch (err) {
      this.problem.set(toProblem(err));
    }
    await this.loadLogs(id);
  }

  private async loadLogs(jobId: string): Promise<void> {
    if (this.logs() === 'unavailable') return;
    try {
      this.logs.set(await firstValueFrom(this.system.logs({ jobId, limit: 200 })));
    } catch (err) {
      if (isNotAvailable(toProblem(err))) this.logs.set('unavailable');
    }
  }
}
