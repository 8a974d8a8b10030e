import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  type CreateListResponse,
  type JobDto,
  JobKind,
  type JobOptions,
  JobStreamEvent,
  OUTPUT_FORMATS,
  type OutputFormat,
} from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { JobsApiService } from '../../api/jobs-api.service';
import { JobEventsService } from '../../live/job-events.service';
import { StreamBuffer, applyJobMessage } from '../../live/live-jobs';
import { stateLabel } from '../../ui/format';
import { JobProgressComponent } from '../../ui/job-progress.component';
import { ProblemComponent } from '../../ui/problem.component';
import { checkRequired } from '../../ui/required-fields';
import { StatusBadgeComponent } from '../../ui/status-badge.component';

const FORMAT_LABELS: Record<OutputFormat, string> = {
  original: 'Original (no re-encoding)',
  'mp3-v0': 'MP3 V0',
  'mp3-320': 'MP3 320 kbit/s',
  flac: 'FLAC (lossless sources only)',
};

/** Ask for music: one query or URL, or many lines at once; recent requests below, live. */
@Component({
  selector: 'adm-requests',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, DatePipe, StatusBadgeComponent, JobProgressComponent, ProblemComponent],
  templateUrl: './requests.component.html',
  styleUrl: './requests.component.scss',
})
export class RequestsComponent {
  private readonly jobs = inject(JobsApiService);
  protected readonly formats = OUTPUT_FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] }));
  protected readonly stateLabel = stateLabel;

  protected readonly query = signal('');
  protected readonly kind = signal<JobKind>(JobKind.Track);
  protected readonly ask = signal(false);
  protected readonly format = signal<OutputFormat | ''>('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly created = signal<JobDto | undefined>(undefined);

  protected readonly bulkText = signal('');
  protected readonly bulkFileName = signal<string | undefined>(undefined);
  protected readonly bulkBusy = signal(false);
  protected readonly bulkProblem = signal<ApiProblem | undefined>(undefined);
  protected readonly bulkResult = signal<CreateListResponse | undefined>(undefined);

  protected readonly recent = signal<readonly JobDto[]>([]);
  protected readonly recentLoading = signal(true);
  protected readonly recentProblem = signal<ApiProblem | undefined>(undefined);
  private readonly buffer = new StreamBuffer();

  constructor() {
    const topLevel = (job: JobDto) => job.parentId === null;
    inject(JobEventsService)
      .messages.pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((m) => {
        this.buffer.record(m);
        this.recent.update((jobs) => applyJobMessage(jobs, m, topLevel).slice(0, 20));
      });
    void this.loadRecent();
  }

  private options(): JobOptions | undefined {
    const options: JobOptions = {};
    if (this.ask()) options.ask = true;
    const format = this.format();
    if (format) options.format = format;
    return Object.keys(options).length ? options : undefined;
  }

  /** `typed` is the box's own value at the moment of sending, whatever the page has rendered so far. */
  protected async submit(typed: string = this.query()): Promise<void> {
    if (this.busy()) return;
    const query = typed.trim();
    const missing = checkRequired([
      { field: 'query', value: query, label: 'A song, an album or a link', inputId: 'request-query' },
    ]);
    if (missing) {
      this.problem.set(missing);
      return;
    }
    this.busy.set(true);
    this.problem.set(undefined);
    try {
      const options = this.options();
      const kind = this.kind();
      const job = await firstValueFrom(
        this.jobs.create({ query, ...(kind !== JobKind.Track && { kind }), ...(options && { options }) }),
      );
      this.created.set(job);
      this.query.set('');
      this.recent.update((jobs) => applyJobMessage(jobs, { type: JobStreamEvent.Created, job }));
    } catch (err) {
      this.problem.set(toProblem(err));
    } finally {
      this.busy.set(false);
    }
  }

  protected async readFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.bulkText.set(await file.text());
    this.bulkFileName.set(file.name);
  }

  protected async submitBulk(): Promise<void> {
    if (this.bulkBusy()) return;
    const text = this.bulkText();
    const missing = checkRequired([
      { field: 'text', value: text, label: 'One request per line', inputId: 'bulk-text' },
    ]);
    if (missing) {
      this.bulkProblem.set(missing);
      return;
    }
    this.bulkBusy.set(true);
    this.bulkProblem.set(undefined);
    this.bulkResult.set(undefined);
    try {
      const options = this.options();
      const fileName = this.bulkFileName();
      const result = await firstValueFrom(
        this.jobs.createList({ text, ...(fileName && { fileName }), ...(options && { options }) }),
      );
      this.bulkResult.set(result);
      this.bulkText.set('');
      this.bulkFileName.set(undefined);
    } catch (err) {
      this.bulkProblem.set(toProblem(err));
    } finally {
      this.bulkBusy.set(false);
    }
  }

  private async loadRecent(): Promise<void> {
    try {
      const recent = await this.buffer.read(
        async () => (await firstValueFrom(this.jobs.list({ parentId: 'none', pageSize: 20 }))).records,
        (job) => job.parentId === null,
      );
      this.recent.set(recent.slice(0, 20));
    } catch (err) {
      this.recentProblem.set(toProblem(err));
    } finally {
      this.recentLoading.set(false);
    }
  }
}
