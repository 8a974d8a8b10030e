import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ScheduledTaskDto } from '@app/contracts';

import { ScheduledTasksComponent } from './scheduled-tasks.component';

const task = (over: Partial<ScheduledTaskDto>): ScheduledTaskDto => ({
  name: 'backup',
  description: 'SQLite backup',
  schedule: '0 3 * * *',
  nextRunAt: '2026-12-08T03:00:00.000Z',
  lastRunAt: null,
  lastOutcome: null,
  lastError: null,
  running: false,
  ...over,
});

describe('ScheduledTasksComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  async function render(tasks: ScheduledTaskDto[]) {
    const fixture = TestBed.createComponent(ScheduledTasksComponent);
    http.expectOne('/api/v1/system/schedules').flush(tasks);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows each schedule, the ones turned off, and how the last run went', async () => {
    const { element } = await render([
      task({}),
      task({ name: 'temp-sweep', description: 'Temp clean-up', schedule: null, nextRunAt: null }),
      task({
        name: 'health-check',
        description: 'Health check',
        lastRunAt: '2026-12-07T06:00:00.000Z',
        lastOutcome: 'failed',
        lastError: 'ffmpeg is missing',
      }),
    ]);
    const rows = [...element.querySelectorAll('.schedules li')].map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(rows[0]).toContain('0 3 * * *');
    expect(rows[1]).toContain('Off');
    expect(rows[2]).toContain('failed: ffmpeg is missing');
  });

  it('runs a task now and shows its new outcome', async () => {
    const { fixture, element } = await render([task({})]);
    const button = element.querySelector<HTMLButtonElement>('.schedules button')!;
    expect(button.textContent?.replace(/\s+/g, ' ').trim()).toBe('Run now : SQLite backup');
    button.click();
    const req = http.expectOne('/api/v1/system/schedules/backup/run');
    expect(req.request.method).toBe('POST');
    req.flush(task({ lastRunAt: '2026-12-07T06:30:00.000Z', lastOutcome: 'ok' }));
    await fixture.whenStable();
    expect(element.querySelector('.schedules li')?.textContent).toContain('ok');
  });
});
