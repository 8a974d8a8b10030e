import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { type JobDto, JobStatus } from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { JobsApiService } from '../../api/jobs-api.service';
import { JobEventsService } from '../../live/job-events.service';
import { StreamBuffer, applyJobMessage } from '../../live/live-jobs';
import { stateLabel } from '../../ui/format';
import { JobProgressComponent } from '../../ui/job-progress.component';
import { ProblemComponent } from '../../ui/problem.component';
import { StatusBadgeComponent } from '../../ui/status-badge.component';

type Filter = JobStatus | 'all';

const FILTERS: { value: Filter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: JobStatus.Running, label: 'Running' },
  { value: JobStatus.Waiting, label: 'Waiting' },
  { value: JobStatus.Error, label: 'Failed' },
  { value: JobStatus.Success, label: 'Done' },
  { value: JobStatus.Cancelled, label: 'Cancelled' },
];

const canCancel = (job: JobDto) => job.status === JobStatus.Running || job.status === JobStatus.Waiting;
const canRetry = (job: JobDto) => job.status === JobStatus.Error;

/** Every job, live from the event stream: progress, cancel and retry, one by one or in bulk. */
@Component({
  selector: 'adm-queue',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DatePipe, StatusBadgeComponent, JobProgressComponent, ProblemComponent],
  templateUrl: './queue.component.html',
  styleUrl: './queue.component.scss',
})
export class QueueComponent {
  private readonly api = inject(JobsApiService);
  protected readonly events = inject(JobEventsService);
  protected readonly filters = FILTERS;
  protected readonly stateLabel = stateLabel;
  protected readonly canCancel = canCancel;
  protected readonly canRetry = canRetry;

  protected readonly filter = signal<Filter>('all');
  protected readonly jobs = signal<readonly JobDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly actionProblem = signal<ApiProblem | undefined>(undefined);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly busy = signal(false);
  private readonly buffer = new StreamBuffer();

  protected readonly selectedJobs = computed(() => this.jobs().filter((j) => this.selected().has(j.id)));
  protected readonly failedJobs = computed(() => this.jobs().filter(canRetry));
  protected readonly allSelected = computed(
    () => this.jobs().length > 0 && this.selectedJobs().length === this.jobs().length,
  );

  constructor() {
    this.events.messages.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((m) => {
      this.buffer.record(m);
      this.jobs.update((jobs) => applyJobMessage(jobs, m, (job) => this.matches(job)));
    });
    void this.load();
  }

  private matches(job: JobDto): boolean {
    const filter = this.filter();
    return filter === 'all' || job.status === filter;
  }

  protected setFilter(filter: Filter): void {
    this.filter.set(filter);
    this.selected.set(new Set());
    void this.load();
  }

  protected toggle(id: string, on: boolean): void {
    const next = new Set(this.selected());
    if (on) next.add(id);
    else next.delete(id);
    this.selected.set(next);
  }

  protected toggleAll(on: boolean): void {
    this.selected.set(new Set(on ? this.jobs().map((j) => j.id) : []));
  }

  protected cancel(jobs: readonly JobDto[]): Promise<void> {
    return this.each(jobs.filter(canCancel), (id) => this.api.cancel(id));
  }

  protected retry(jobs: readonly JobDto[]): Promise<void> {
    return this.each(jobs.filter(canRetry), (id) => this.api.retry(id));
  }

  private async each(jobs: readonly JobDto[], action: (id: string) => ReturnType<JobsApiService['cancel']>) {
    this.busy.set(true);
    this.actionProblem.set(undefined);
    const failures: string[] = [];
    for (const job of jobs) {
      try {
        const updated = await firstValueFrom(action(job.id));
        this.jobs.update((list) => list.map((j) => (j.id === updated.id ? updated : j)));
      } catch (err) {
        failures.push(`“${job.query}”: ${toProblem(err).message}`);
      }
    }
    if (failures.length) this.actionProblem.set({ status: -1, message: failures.join(' '), fields: {} });
    this.selected.set(new Set());
    this.busy.set(false);
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    this.problem.set(undefined);
    const filter = this.filter();
    try {
      const query = { pageSize: 200, ...(filter !== 'all' && { status: filter }) };
      const jobs = await this.buffer.read(
        async () => {
          const page = await firstValueFrom(this.api.list(query));
          this.total.set(page.totalRecords);
          return page.records;
        },
        (job) => this.matches(job),
      );
      this.jobs.set(jobs);
    } catch (err) {
      this.problem.set(toProblem(err));
    } finally {
      this.loading.set(false);
    }
  }
}
