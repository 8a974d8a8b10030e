import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import type { ScheduledTaskDto } from '@app/contracts';
import { NotFoundError } from '@app/core';
import { CronJob, CronTime } from 'cron';

interface Task {
  status: ScheduledTaskDto;
  work: () => Promise<unknown>;
  job: CronJob | undefined;
  current: Promise<void> | undefined;
}

/**
 * Everything that runs on a schedule (backups, clean-ups, health checks, syncs), on @nestjs/schedule's
 * registry with cron schedules from the settings. A run that is still going when the next one is due makes
 * that one skip; a failure is logged and kept for the System page, and never stops the schedule.
 */
@Injectable()
export class ScheduledTasks implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ScheduledTasks.name);
  private readonly tasks = new Map<string, Task>();

  constructor(private readonly registry: SchedulerRegistry) {}

  /** Registers `work` under `name`; a null schedule lists the task as off and never runs it by itself. */
  add(name: string, schedule: string | null, description: string, work: () => Promise<unknown>): void {
    if (this.tasks.has(name)) throw new Error(`A scheduled task named ${name} exists already`);
    const task: Task = {
      status: {
        name,
        description,
        schedule,
        nextRunAt: null,
        lastRunAt: null,
        lastOutcome: null,
        lastError: null,
        running: false,
      },
      work,
      job: undefined,
      current: undefined,
    };
    this.tasks.set(name, task);
    if (schedule === null) return;
    task.job = CronJob.from({
      cronTime: schedule,
      onTick: () => void this.run(task),
      start: true,
      // A schedule must never keep a process alive that has nothing else to do.
      unrefTimeout: true,
    });
    this.registry.addCronJob(name, task.job);
  }

  /** Runs a task now, outside its schedule (or joins the run under way); resolves when it has ended. */
  runNow(name: string): Promise<void> {
    const task = this.tasks.get(name);
    if (!task) return Promise.reject(new NotFoundError(`No scheduled task named ${name}`));
    return this.run(task);
  }

  list(): ScheduledTaskDto[] {
    return [...this.tasks.values()].map((task) => ({
      ...task.status,
      nextRunAt: task.job?.isActive ? task.job.nextDate().toUTC().toISO() : null,
    }));
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  /** Stops the schedules and waits for the runs under way. */
  async stop(): Promise<void> {
    for (const [name, task] of this.tasks) {
      if (!task.job) continue;
      void task.job.stop();
      if (this.registry.doesExist('cron', name)) this.registry.deleteCronJob(name);
    }
    await Promise.all([...this.tasks.values()].map((task) => task.current));
  }

  private run(task: Task): Promise<void> {
    task.current ??= this.runOnce(task).finally(() => (task.current = undefined));
    return task.current;
  }

  private async runOnce(task: Task): Promise<void> {
    const status = task.status;
    status.running = true;
    status.lastRunAt = new Date().toISOString();
    try {
      await task.work();
      status.lastOutcome = 'ok';
      status.lastError = null;
    } catch (error) {
      status.lastOutcome = 'failed';
      status.lastError = (error as Error).message;
      this.logger.error(`Scheduled ${status.name} failed: ${(error as Error).message}`, (error as Error).stack);
    } finally {
      status.running = false;
    }
  }
}

/** The time between two runs of a cron schedule (its next two), e.g. a day for `0 3 * * *`. */
export function schedulePeriodMs(schedule: string): number {
  const [first, second] = new CronTime(schedule).sendAt(2);
  return (second?.toMillis() ?? 0) - (first?.toMillis() ?? 0);
}
