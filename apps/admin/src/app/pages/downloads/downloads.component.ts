import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { type JobDto, JobKind } from '@app/contracts';

import { toProblem } from '../../api/api-problem';
import { JobsApiService } from '../../api/jobs-api.service';
import { JobEventsService } from '../../live/job-events.service';
import { StreamBuffer, applyJobMessage } from '../../live/live-jobs';
import { formatBytes, formatDuration, stateLabel } from '../../ui/format';
import { type DownloadRow, downloadRow, isDownload } from './download-row';

/** Every running and recent download, live: progress, speed, time left, peers and seeding when known, files. */
@Component({
  selector: 'adm-downloads',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <h1>Downloads</h1>
    <p class="muted small">Live: {{ events.state() }}</p>
    @if (problem()) {
      <p role="alert">{{ problem() }}</p>
    }
    <table class="card downloads">
      <thead>
        <tr>
          <th scope="col">Download</th>
          <th scope="col">Progress</th>
          <th scope="col">Speed · left</th>
          <th scope="col">Peers</th>
          <th scope="col">File</th>
          <th scope="col"><span class="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.id) {
          <tr>
            <td>
              <a [routerLink]="['/queue', row.id]">{{ row.title }}</a>
              <div class="small muted">{{ stateLabel(row.state) }}{{ row.via ? ' · ' + row.via : '' }}</div>
              @if (row.error) {
                <div class="small error">{{ row.error }}</div>
              }
            </td>
            <td>
              <div
                class="progress"
                role="progressbar"
                aria-valuemin="0"
                aria-valuemax="100"
                [attr.aria-valuenow]="row.percent"
                [attr.aria-label]="'Progress of ' + row.title"
              >
                <div class="progress-fill" [style.width.%]="row.percent"></div>
              </div>
              <span class="small">{{ row.percent }}%</span>
            </td>
            <td class="small">{{ speed(row) }}</td>
            <td class="small">{{ peers(row) }}</td>
            <td class="small path">{{ row.location ?? '' }}</td>
            <td>
              @if (row.canCancel) {
                <button class="btn small" type="button" (click)="cancel(row)">Cancel</button>
              }
              @if (row.canRetry) {
                <button class="btn small" type="button" (click)="retry(row)">Retry</button>
              }
            </td>
          </tr>
        } @empty {
          <tr>
            <td colspan="6" class="muted">No downloads yet.</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .downloads {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: left;
      padding: 6px 8px;
      vertical-align: top;
    }
    .path {
      word-break: break-all;
      max-width: 280px;
    }
    .error {
      color: var(--adm-danger, #b3261e);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class DownloadsComponent {
  private readonly api = inject(JobsApiService);
  protected readonly events = inject(JobEventsService);
  protected readonly stateLabel = stateLabel;
  protected readonly jobs = signal<readonly JobDto[]>([]);
  protected readonly problem = signal('');
  protected readonly rows = computed(() => this.jobs().filter(isDownload).map(downloadRow));
  private readonly buffer = new StreamBuffer();

  constructor() {
    const accepts = (job: JobDto) => job.kind === JobKind.Track;
    this.events.messages.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((message) => {
      this.buffer.record(message);
      this.jobs.update((jobs) => applyJobMessage(jobs, message, accepts));
    });
    void this.buffer
      .read(async () => {
        const page = await new Promise<JobDto[]>((resolve, reject) =>
          this.api
            .list({ kind: JobKind.Track, pageSize: 100 })
            .subscribe({ next: (p) => resolve(p.records), error: reject }),
        );
        return page;
      }, accepts)
      .then((jobs) => this.jobs.set(jobs))
      .catch((error: unknown) => this.problem.set(toProblem(error).message));
  }

  protected speed(row: DownloadRow): string {
    const parts = [];
    if (row.speedBps !== undefined) parts.push(`${formatBytes(row.speedBps)}/s`);
    if (row.etaSeconds !== undefined) parts.push(`${formatDuration(row.etaSeconds * 1000)} left`);
    return parts.join(' · ');
  }

  protected peers(row: DownloadRow): string {
    const parts = [];
    if (row.peers !== undefined) parts.push(`${row.peers} peers`);
    if (row.seeds !== undefined) parts.push(`${row.seeds} seeds`);
    if (row.seeding) parts.push('seeding');
    return parts.join(' · ');
  }

  protected cancel(row: DownloadRow): void {
    this.api.cancel(row.id).subscribe({ error: (e: unknown) => this.problem.set(toProblem(e).message) });
  }

  protected retry(row: DownloadRow): void {
    this.api.retry(row.id).subscribe({ error: (e: unknown) => this.problem.set(toProblem(e).message) });
  }
}
