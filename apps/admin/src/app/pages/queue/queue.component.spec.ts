import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { JobState, JobStatus, JobStreamEvent } from '@app/contracts';

import { JobEventsService } from '../../live/job-events.service';
import { fakeJobEvents, makeJob } from '../../testing';
import { QueueComponent } from './queue.component';

describe('QueueComponent', () => {
  let http: HttpTestingController;
  let events: ReturnType<typeof fakeJobEvents>;

  beforeEach(() => {
    events = fakeJobEvents();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: JobEventsService, useValue: events },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  const running = makeJob({ id: 'run', query: 'Nova Tide - Paper Lanterns' });
  const failed = makeJob({
    id: 'bad',
    query: 'Ivo Lark - Teardrop Atlas',
    status: JobStatus.Error,
    state: JobState.Failed,
    error: { code: 'X', message: 'yt-dlp gave up', state: JobState.Downloading, retryable: true },
  });

  async function render() {
    const fixture = TestBed.createComponent(QueueComponent);
    http
      .expectOne((r) => r.url === '/api/v1/jobs')
      .flush({ page: 1, pageSize: 200, totalRecords: 2, records: [running, failed] });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = (name: string) =>
      [...element.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim().startsWith(name))!;
    return { fixture, element, button };
  }

  it('shows live progress from the event stream with speed and time left', async () => {
    const { fixture, element } = await render();
    events.messages.next({
      type: JobStreamEvent.Progress,
      jobId: 'run',
      state: JobState.Downloading,
      progress: { fraction: 0.5, detail: { speedBps: 1024 * 1024, etaSeconds: 75 } },
    });
    await fixture.whenStable();
    const row = element.querySelector('[data-job-id=run]')!;
    expect(row.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow')).toBe('50');
    expect(row.textContent).toContain('1.0 MB/s · 1:15 left');
    expect(element.querySelector('[data-job-id=bad]')?.textContent).toContain('yt-dlp gave up');
  });

  it('cancels a running job and shows its new state', async () => {
    const { fixture, element } = await render();
    element.querySelector<HTMLButtonElement>('[aria-label="Cancel Nova Tide - Paper Lanterns"]')!.click();
    http
      .expectOne('/api/v1/jobs/run/cancel')
      .flush({ ...running, status: JobStatus.Cancelled, state: JobState.Cancelled });
    await fixture.whenStable();
    expect(element.querySelector('[data-job-id=run] .badge')?.textContent).toBe('Cancelled');
  });

  it('retries every failed job at once', async () => {
    const { fixture, button } = await render();
    button('Retry all failed').click();
    http
      .expectOne('/api/v1/jobs/bad/retry')
      .flush({ ...failed, status: JobStatus.Running, state: JobState.Downloading });
    await fixture.whenStable();
    expect(button('Retry all failed').textContent).toContain('(0)');
  });

  it('filters by status through the API and drops jobs that leave the filter', async () => {
    const { fixture, element, button } = await render();
    button('Failed').click();
    const req = http.expectOne((r) => r.url === '/api/v1/jobs');
    expect(req.request.params.get('status')).toBe('error');
    req.flush({ page: 1, pageSize: 200, totalRecords: 1, records: [failed] });
    await fixture.whenStable();
    events.messages.next({ type: JobStreamEvent.Updated, job: { ...failed, status: JobStatus.Running } });
    await fixture.whenStable();
    expect(element.textContent).toContain('No jobs here.');
  });
});
