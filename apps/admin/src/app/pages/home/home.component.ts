import { DatePipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { JobDto, Page } from '@app/contracts';
import { catchError, map, of, startWith } from 'rxjs';

import { JobsApiService } from '../../api/jobs-api.service';

type RecentJobs = { kind: 'loading' } | { kind: 'loaded'; page: Page<JobDto> } | { kind: 'failed'; reason: string };

function describe(err: unknown): string {
  if (err instanceof HttpErrorResponse) return err.status ? `${err.status} ${err.statusText}` : err.message;
  return String(err);
}

/** Landing page: the most recent jobs, read from the API. */
@Component({
  selector: 'adm-home',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe],
  templateUrl: './home.component.html',
  styleUrl: './home.component.scss',
})
export class HomeComponent {
  private readonly jobsApi = inject(JobsApiService);

  protected readonly recent = toSignal(
    this.jobsApi.list({ pageSize: 20 }).pipe(
      map((page): RecentJobs => ({ kind: 'loaded', page })),
      catchError((err: unknown) => of<RecentJobs>({ kind: 'failed', reason: describe(err) })),
      startWith<RecentJobs>({ kind: 'loading' }),
    ),
    { requireSync: true },
  );
}
