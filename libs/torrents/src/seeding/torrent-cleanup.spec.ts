import type { AppConfig } from '@app/config';
import { JobKind, JobStatus, JobStreamEvent, type JobStreamMessage } from '@app/contracts';
import type { JobEventBus, JobsService } from '@app/jobs';
import type { ScheduledTasks } from '@app/platform';
import { FakeDownloadClient, status } from '../../test/support/fake-download-client.js';
import type { TorrentClientPort } from '../album/torrent-client-port.js';
import type { TorrentGrabEntity } from '../album/torrent-grab.entity.js';
import type { TorrentGrabs } from '../album/torrent-grabs.js';
import { TorrentCleanup } from './torrent-cleanup.js';

const HOUR = 3_600_000;
const NOW = 100 * HOUR;

function grab(more: Partial<TorrentGrabEntity> = {}): TorrentGrabEntity {
  return {
    jobId: 'job-1',
    infoHash: 'a'.repeat(40),
    clientId: 'c1',
    title: 'Elsa Marrow - Low Tide Songs (2016) [FLAC]',
    minimumRatio: null,
    minimumSeedSeconds: null,
    grabbedAt: NOW - 3 * HOUR,
    completedAt: NOW - 2 * HOUR,
    removedAt: null,
    removalReason: null,
    ...more,
  };
}

function setup(options: {
  grabs: TorrentGrabEntity[];
  limits?: { seedRatio: number | null; seedMinutes: number | null };
  jobStatus?: JobStatus;
  keepDataOnCancel?: boolean;
}) {
  const client = new FakeDownloadClient();
  const removed: { jobId: string; reason: string }[] = [];
  const grabs = {
    present: async () => options.grabs.filter((g) => !removed.some((r) => r.jobId === g.jobId)),
    ofJob: async (jobId: string) => options.grabs.find((g) => g.jobId === jobId),
    removed: async (jobId: string, reason: string) => void removed.push({ jobId, reason }),
  };
  const settings = {
    id: 'c1',
    kind: 'qbittorrent',
    category: 'truetrack',
    ...(options.limits ?? { seedRatio: null, seedMinutes: null }),
  };
  const clients = { byId: async (id: string) => (id === 'c1' ? { settings, client } : undefined) };
  const jobs = {
    get: async (id: string) => ({ id, kind: JobKind.Album, status: options.jobStatus ?? JobStatus.Success }),
  };
  let listener: ((message: JobStreamMessage) => void) | undefined;
  const bus = { subscribe: (l: (message: JobStreamMessage) => void) => ((listener = l), () => undefined) };
  const tasks = { add: () => undefined };
  const config = {
    torrents: { keepDataOnCancel: options.keepDataOnCancel ?? false, seedingSchedule: null },
  } as unknown as AppConfig;
  const sut = new TorrentCleanup(
    grabs as unknown as TorrentGrabs,
    clients as unknown as TorrentClientPort,
    jobs as unknown as JobsService,
    bus as unknown as JobEventBus,
    tasks as unknown as ScheduledTasks,
    { now: () => NOW },
    config,
  );
  sut.onApplicationBootstrap();
  return { sut, client, removed, emit: (message: JobStreamMessage) => listener?.(message) };
}

describe('TorrentCleanup seeding limits', () => {
  it('removes a finished torrent that reached the ratio limit, with its files', async () => {
    const { sut, client, removed } = setup({ grabs: [grab()], limits: { seedRatio: 1.5, seedMinutes: null } });
    client.statuses = [status({ state: 'seeding', progress: 1, ratio: 1.6 })];
    const [outcome] = await sut.sweep();
    expect(outcome).toMatchObject({ removed: true, reason: 'Ratio 1.60 reached the limit of 1.5' });
    expect(client.removed).toEqual([{ infoHash: 'a'.repeat(40), deleteData: true }]);
    expect(removed).toEqual([{ jobId: 'job-1', reason: 'Ratio 1.60 reached the limit of 1.5' }]);
  });

  it('counts seeding time from when the job saw the download complete', async () => {
    const { sut, client } = setup({ grabs: [grab()], limits: { seedRatio: null, seedMinutes: 120 } });
    client.statuses = [status({ state: 'seeding', progress: 1, ratio: 0.1 })];
    expect((await sut.sweep())[0]).toMatchObject({ removed: true, reason: 'Seeded 120 minutes, the limit is 120' });
  });

  it("raises the person's ratio limit to the indexer's own minimum for that release", async () => {
    const { sut, client } = setup({
      grabs: [grab(), grab({ jobId: 'job-2', minimumRatio: 2 })],
      limits: { seedRatio: 1, seedMinutes: null },
    });
    client.statuses = [status({ state: 'seeding', progress: 1, ratio: 1.2 })];
    const outcomes = await sut.sweep();
    expect(outcomes.map((o) => [o.jobId, o.removed, o.reason])).toEqual([
      ['job-1', true, 'Ratio 1.20 reached the limit of 1'],
      ['job-2', false, 'Still seeding towards its limit'],
    ]);
    expect(client.removed).toHaveLength(1);
  });

  it('keeps seeding without limits, and leaves a torrent still downloading alone', async () => {
    const { sut, client } = setup({ grabs: [grab(), grab({ jobId: 'job-2', completedAt: null })] });
    client.statuses = [status({ state: 'seeding', progress: 1, ratio: 50 })];
    expect((await sut.sweep()).map((o) => o.reason)).toEqual(['No seeding limit is set', 'Still downloading']);
    expect(client.removed).toEqual([]);
  });

  it('forgets a torrent the person removed from the client', async () => {
    const { sut, client, removed } = setup({ grabs: [grab()], limits: { seedRatio: 1, seedMinutes: null } });
    client.statuses = [undefined];
    expect((await sut.sweep())[0]).toMatchObject({ removed: true, reason: 'qbittorrent no longer has it' });
    expect(client.removed).toEqual([]);
    expect(removed).toHaveLength(1);
  });
});

describe('TorrentCleanup on cancel', () => {
  const cancelled = {
    type: JobStreamEvent.Updated,
    job: { id: 'job-1', kind: JobKind.Album, status: JobStatus.Cancelled },
  } as JobStreamMessage;

  it("removes a cancelled album job's torrent with its files", async () => {
    const { client, emit } = setup({ grabs: [grab({ completedAt: null })] });
    emit(cancelled);
    await new Promise((resolve) => setImmediate(resolve));
    expect(client.removed).toEqual([{ infoHash: 'a'.repeat(40), deleteData: true }]);
  });

  it('keeps the files when configured to, and catches a cancel it missed on the next sweep', async () => {
    const { sut, client, removed } = setup({
      grabs: [grab({ completedAt: null })],
      jobStatus: JobStatus.Cancelled,
      keepDataOnCancel: true,
    });
    await sut.sweep();
    expect(client.removed).toEqual([{ infoHash: 'a'.repeat(40), deleteData: false }]);
    expect(removed).toEqual([{ jobId: 'job-1', reason: 'The album job was cancelled; its files were kept' }]);
  });
});
