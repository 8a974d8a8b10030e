import { SchedulerRegistry } from '@nestjs/schedule';
import { IntegrationEvent } from '@app/contracts';
import { ScheduledTasks } from '@app/platform';
import { makeTestConfig } from '@app/testing';
import type { OutboundEvent } from './notification-message.js';
import { type HealthProblem, HealthWatcher } from './health-watcher.js';
import type { IntegrationRelay } from './integration-relay.service.js';

describe('HealthWatcher', () => {
  const config = makeTestConfig();
  let problems: HealthProblem[];
  let told: OutboundEvent[];
  let sut: HealthWatcher;
  let tasks: ScheduledTasks;
  const relay = { notify: async (event: OutboundEvent) => void told.push(event) } as unknown as IntegrationRelay;

  beforeEach(() => {
    problems = [];
    told = [];
    tasks = new ScheduledTasks(new SchedulerRegistry());
    sut = new HealthWatcher(config, relay, tasks, async () => problems);
  });

  afterEach(() => tasks.stop());

  const reasons = () => told.map((e) => [e.type, e.reason]);

  it('tells about a new problem once, however many rounds it stays', async () => {
    problems = [{ key: 'tool:yt-dlp', message: 'yt-dlp cannot run: not found' }];
    await sut.checkNow();
    await sut.checkNow();
    expect(reasons()).toEqual([[IntegrationEvent.Health, 'yt-dlp cannot run: not found']]);
  });

  it('tells again about a problem that went away and came back', async () => {
    problems = [{ key: 'ytdlp:bot-check', message: 'YouTube asks to confirm this is not a bot' }];
    await sut.checkNow();
    problems = [];
    await sut.checkNow();
    problems = [{ key: 'ytdlp:bot-check', message: 'again' }];
    await sut.checkNow();
    expect(reasons().map(([, reason]) => reason)).toEqual(['YouTube asks to confirm this is not a bot', 'again']);
  });

  it('tells each of several problems, and survives a check that throws', async () => {
    problems = [
      { key: 'a', message: 'first' },
      { key: 'b', message: 'second' },
    ];
    await sut.checkNow();
    const failing = new HealthWatcher(config, relay, tasks, async () => {
      throw new Error('no answer');
    });
    await expect(failing.checkNow()).resolves.toBeUndefined();
    expect(reasons().map(([, reason]) => reason)).toEqual(['first', 'second']);
  });

  it('checks on the health schedule in a process that sends notifications', async () => {
    sut.onApplicationBootstrap();
    expect(tasks.list()).toEqual([
      expect.objectContaining({ name: 'health-check', schedule: config.schedules.healthCheck }),
    ]);
    problems = [{ key: 'tool:ffmpeg', message: 'ffmpeg cannot run' }];
    await tasks.runNow('health-check');
    expect(reasons()).toEqual([[IntegrationEvent.Health, 'ffmpeg cannot run']]);
  });

  it('stays quiet in a worker-only process, which leaves notifications to the API process', () => {
    const worker = new HealthWatcher(
      { ...config, queue: { ...config.queue, role: 'worker' } },
      relay,
      tasks,
      async () => problems,
    );
    worker.onApplicationBootstrap();
    expect(tasks.list()).toEqual([]);
  });
});
