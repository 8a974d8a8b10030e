import type { AppConfig } from '@app/config';
import { JobStreamEvent, type JobStreamMessage } from '@app/contracts';
import { testRedisUrl } from '@app/testing';
import { JobEventBus } from '../src/events/job-event-bus.js';

/** A bus on database `db` of the test Redis. */
async function busOn(db: number): Promise<JobEventBus> {
  const url = new URL(testRedisUrl()!);
  url.pathname = `/${db}`;
  const bus = new JobEventBus({ queue: { redisUrl: url.toString() } } as AppConfig);
  await bus.onModuleInit();
  return bus;
}

const message = (id: string): JobStreamMessage =>
  ({ type: JobStreamEvent.Created, job: { id } }) as unknown as JobStreamMessage;

/** Ids heard by `bus` once a marker sent after `sent` has come back (Redis delivers a connection's messages in order). */
async function heard(bus: JobEventBus, send: () => void): Promise<string[]> {
  const ids: string[] = [];
  const done = new Promise<void>((resolve) =>
    bus.subscribe((m) => {
      const id = (m as { job: { id: string } }).job.id;
      if (id === 'marker') resolve();
      else ids.push(id);
    }),
  );
  send();
  bus.publish(message('marker'));
  await done;
  return ids;
}

(testRedisUrl() ? describe : describe.skip)('JobEventBus over Redis', () => {
  const buses: JobEventBus[] = [];
  afterAll(async () => {
    await Promise.all(buses.map((bus) => bus.onModuleDestroy()));
  });

  it('reaches the processes on the same Redis database and no others', async () => {
    const [a, b, other] = await Promise.all([busOn(9), busOn(9), busOn(10)]);
    buses.push(a, b, other);
    const otherHeard = heard(other, () => undefined);
    expect(await heard(b, () => a.publish(message('from-a')))).toEqual(['from-a']);
    other.publish(message('marker'));
    expect(await otherHeard).toEqual([]);
  });
});
