import { Injectable, inject, signal } from '@angular/core';
import { JobStatus, JobStreamEvent } from '@app/contracts';
import { debounceTime, filter, merge, of, switchMap, catchError, EMPTY, type Subscription } from 'rxjs';

import { JobsApiService } from '../api/jobs-api.service';
import { JobEventsService } from './job-events.service';

/** How many jobs wait for a person: the navigation badge. Recounted by the server after each job change. */
@Injectable({ providedIn: 'root' })
export class WaitingCountService {
  private readonly jobs = inject(JobsApiService);
  private readonly events = inject(JobEventsService);
  private readonly count$ = signal(0);
  private subscription: Subscription | undefined;
  readonly count = this.count$.asReadonly();

  start(): void {
    if (this.subscription) return;
    const changes = this.events.messages.pipe(
      filter((m) => m.type === JobStreamEvent.Created || m.type === JobStreamEvent.Updated),
      debounceTime(250),
    );
    this.subscription = merge(of(undefined), changes)
      .pipe(switchMap(() => this.jobs.list({ status: JobStatus.Waiting, pageSize: 1 }).pipe(catchError(() => EMPTY))))
      .subscribe((page) => this.count$.set(page.totalRecords));
  }

  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }
}
