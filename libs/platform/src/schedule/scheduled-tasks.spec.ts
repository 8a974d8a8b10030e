import { SchedulerRegistry } from '@nestjs/schedule';
import { ScheduledTasks, schedulePeriodMs } from './scheduled-tasks.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ScheduledTasks', () => {
  let registry: SchedulerRegistry;
  let tasks: ScheduledTasks;

  beforeEach(() => {
    registry = new SchedulerRegistry();
    tasks = new ScheduledTasks(registry);
  });

  afterEach(() => tasks.stop());

  it('runs work on its cron schedule, through the Nest scheduler registry', async () => {
    let runs = 0;
    tasks.add('tick', '* * * * * *', 'every second', async () => {
      runs += 1;
    });
    expect(registry.getCronJob('tick').isActive).toBe(true);
    const deadline = Date.now() + 10_000;
    while (runs === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(runs).toBeGreaterThan(0);
    const [status] = tasks.list();
    expect(status).toMatchObject({ name: 'tick', schedule: '* * * * * *', lastOutcome: 'ok', running: false });
    expect(Date.parse(status?.nextRunAt ?? '')).toBeGreaterThan(Date.parse(status?.lastRunAt ?? ''));
  });

  it('never runs a task twice at once: a second start joins the run under way', async () => {
    const gate = deferred();
    let runs = 0;
    tasks.add('slow', '0 3 * * *', 'nightly', async () => {
      runs += 1;
      await gate.promise;
    });
    const first = tasks.runNow('slow');
    const second = tasks.runNow('slow');
    expect(tasks.list()[0]?.running).toBe(true);
    gate.resolve();
    await Promise.all([first, second]);
    expect(runs).toBe(1);
    await tasks.runNow('slow');
    expect(runs).toBe(2);
  });

  it('keeps a failure for the System page and goes on scheduling', async () => {
    let fail = true;
    tasks.add('flaky', '0 * * * *', 'hourly', async () => {
      if (fail) throw new Error('disk full');
    });
    await tasks.runNow('flaky');
    expect(tasks.list()[0]).toMatchObject({ lastOutcome: 'failed', lastError: 'disk full' });
    expect(registry.getCronJob('flaky').isActive).toBe(true);
    fail = false;
    await tasks.runNow('flaky');
    expect(tasks.list()[0]).toMatchObject({ lastOutcome: 'ok', lastError: null });
  });

  it('lists a task whose schedule is off without ever starting it', () => {
    tasks.add('backup', null, 'backups', async () => undefined);
    expect(registry.doesExist('cron', 'backup')).toBe(false);
    expect(tasks.list()[0]).toMatchObject({ name: 'backup', schedule: null, nextRunAt: null, lastRunAt: null });
  });

  it('refuses two tasks of one name and unknown names', async () => {
    tasks.add('a', '0 * * * *', 'x', async () => undefined);
    expect(() => tasks.add('a', '0 * * * *', 'x', async () => undefined)).toThrow(/exists already/);
    await expect(tasks.runNow('b')).rejects.toThrow(/No scheduled task named b/);
  });

  it('stops the schedules and waits for the run under way', async () => {
    const gate = deferred();
    let finished = false;
    tasks.add('long', '0 * * * *', 'x', async () => {
      await gate.promise;
      finished = true;
    });
    void tasks.runNow('long');
    const stopped = tasks.stop().then(() => finished);
    expect(registry.doesExist('cron', 'long')).toBe(false);
    gate.resolve();
    await expect(stopped).resolves.toBe(true);
  });
});

describe('schedulePeriodMs', () => {
  it.each([
    ['0 3 * * *', 86_400_000],
    ['@hourly', 3_600_000],
    ['*/5 * * * *', 300_000],
    ['*/10 * * * * *', 10_000],
    ['0 4 * * 0', 7 * 86_400_000],
  ])('%s', (schedule, period) => {
    expect(schedulePeriodMs(schedule)).toBe(period);
  });
});
