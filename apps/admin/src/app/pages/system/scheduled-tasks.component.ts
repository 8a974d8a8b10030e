import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { ScheduledTaskDto } from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, isNotAvailable, toProblem } from '../../api/api-problem';
import { SystemApiService } from '../../api/system-api.service';
import { ProblemComponent } from '../../ui/problem.component';

/** What runs on a schedule (backups, clean-ups, health checks): when next, how the last run went, run now. */
@Component({
  selector: 'adm-scheduled-tasks',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, ProblemComponent],
  template: `
    <section class="card" aria-labelledby="schedules-title">
      <h2 id="schedules-title">Scheduled tasks</h2>
      <adm-problem [problem]="problem()" />
      @if (tasks() === 'unavailable') {
        <p class="muted">Scheduled tasks are not shown by this version.</p>
      } @else {
        <ul class="plain small schedules">
          @for (task of $any(tasks()); track task.name) {
            <li>
              <div class="row">
                <strong class="grow">{{ task.description }}</strong>
                <button
                  class="btn small"
                  type="button"
                  (click)="run(task.name)"
                  [attr.aria-busy]="running() === task.name"
                >
                  {{ running() === task.name ? 'Running…' : 'Run now' }}
                  <span class="visually-hidden">: {{ task.description }}</span>
                </button>
              </div>
              <span class="muted">
                @if (task.schedule) {
                  <span class="mono">{{ task.schedule }}</span> · next {{ task.nextRunAt | date: 'short' }}
                } @else {
                  Off
                }
                @if (task.lastRunAt) {
                  · last {{ task.lastRunAt | date: 'short' }}
                  {{ task.lastOutcome === 'failed' ? 'failed: ' + task.lastError : 'ok' }}
                }
              </span>
            </li>
          } @empty {
            <li class="muted">Nothing is scheduled in this process.</li>
          }
        </ul>
      }
    </section>
  `,
})
export class ScheduledTasksComponent {
  private readonly system = inject(SystemApiService);
  protected readonly tasks = signal<readonly ScheduledTaskDto[] | 'unavailable'>([]);
  protected readonly running = signal<string | undefined>(undefined);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);

  constructor() {
    void this.load();
  }

  protected async run(name: string): Promise<void> {
    if (this.running()) return;
    this.running.set(name);
    this.problem.set(undefined);
    try {
      const after = await firstValueFrom(this.system.runSchedule(name));
      this.tasks.update((tasks) => (tasks === 'unavailable' ? tasks : tasks.map((t) => (t.name === name ? after : t))));
    } catch (err) {
      this.problem.set(toProblem(err));
    } finally {
      this.running.set(undefined);
    }
  }

  private async load(): Promise<void> {
    try {
      this.tasks.set(await firstValueFrom(this.system.schedules()));
    } catch (err) {
      const problem = toProblem(err);
      if (isNotAvailable(problem)) this.tasks.set('unavailable');
      else this.problem.set(problem);
    }
  }
}
