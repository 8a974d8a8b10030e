// The whole track pipeline through the HTTP API against the fake music world on loopback: providers answering in
// their own JSON, the real yt-dlp downloading from the world's watch pages, real ffmpeg, fpcalc and tagging.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { type JobDto, JobState, JobStatus } from '@app/contracts';
import { TagReader } from '@app/tagger';
import { onPostgres } from '@app/testing';
import { type MusicWorldApp, startMusicWorldApp } from './support/music-world-app.js';
import { isFinished, waitForJob } from './support/wait-for-job.js';

let app: MusicWorldApp;

beforeAll(async () => {
  app = await startMusicWorldApp();
});

afterAll(async () => {
  await app?.close();
});

const finished = (id: string) => waitForJob(app.server, id, isFinished, 60_000);
const waitingIn = (id: string, state: JobState) =>
  waitForJob(app.server, id, (job) => job.state === state || isFinished(job), 60_000);

interface LibraryPage {
  totalRecords: number;
  records: { id: string; path: string; title: string }[];
}

const libraryTracks = async (search: string): Promise<LibraryPage> =>
  (await request(app.server).get('/api/v1/library/tracks').query({ search }).expect(200)).body as LibraryPage;

/** Every audio file under the library root, relative to it. */
function libraryFiles(): string[] {
  const root = app.config.paths.libraryRoot;
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.opus'));
}

const choose = async (id: string, choice: number | string) =>
  (await request(app.server).post(`/jobs/${id}/input`).send({ choice }).expect(200)).body as JobDto;

describe('a clear request', () => {
  it('runs to FINALIZED unasked and leaves one correctly named, tagged file in the library', async () => {
    const song = app.world.song('lanterns');
    const created = await app.request('Nova Tide - Paper Lanterns');
    const done = await finished(created.id);
    expect(done).toMatchObject({ status: JobStatus.Success, state: JobState.Finalized });
    expect(done.result).toMatchObject({ outcome: 'stored' });
    const path = String(done.result?.['path']);
    expect(path).toBe('Nova Tide/Harbour Lights (2019)/03 - Paper Lanterns.opus');
    expect(libraryFiles()).toEqual([path]);

    const { tags, cover } = await new TagReader().read(join(app.config.paths.libraryRoot, path));
    expect(tags.metadata).toMatchObject({
      title: song.title,
      artists: song.artists,
      album: song.album,
      trackNumber: song.trackNumber,
      isrc: song.isrc,
      musicbrainz: { recordingId: song.recordingId, releaseId: song.releaseId, releaseGroupId: song.releaseGroupId },
    });
    expect(cover).toMatchObject({ mimeType: 'image/jpeg', width: 320, height: 320 });

    const tracks = await libraryTracks('paper lanterns');
    expect(tracks.totalRecords).toBe(1);
    expect(tracks.records[0]).toMatchObject({ path, title: song.title });

    const history = await app.history(done.id);
    expect(history.map((event) => event.to)).toEqual([
      JobState.ResolvingIdentity,
      JobState.Searching,
      JobState.Downloading,
      JobState.Extracting,
      JobState.MatchingMetadata,
      JobState.Tagging,
      JobState.Storing,
      JobState.Finalized,
    ]);
    for (const event of history) expect(event.reason).not.toBe('');
    expect(history[1]?.reason).toMatch(/^Strong match/);
  });

  it('links a repeated request to the file already there, leaving one file', async () => {
    const first = await finished((await app.request('Glass Orchard by The Quiet Engines')).id);
    expect(first.result).toMatchObject({ outcome: 'stored' });
    const filesBefore = libraryFiles().length;

    const again = await finished((await app.request('The Quiet Engines - Glass Orchard')).id);
    expect(again.status).toBe(JobStatus.Success);
    const [track] = (await libraryTracks('glass orchard')).records;
    expect(again.result).toMatchObject({ outcome: 'existing', trackId: track?.id, path: first.result?.['path'] });
    expect(libraryFiles()).toHaveLength(filesBefore);
    expect((await libraryTracks('glass orchard')).totalRecords).toBe(1);
  });
});

describe('a request that needs a person', () => {
  it('waits with candidates when the request is vague, then finishes the one chosen', async () => {
    const created = await app.request('lanterns');
    const waiting = await waitingIn(created.id, JobState.UserIntentSelection);
    expect(waiting.state).toBe(JobState.UserIntentSelection);
    const titles = (waiting.candidates ?? []).map((c) => c.payload['title']);
    expect(titles).toEqual(expect.arrayContaining(['Paper Lanterns', 'Lanterns on the Water']));

    const water = waiting.candidates!.find((c) => c.payload['title'] === 'Lanterns on the Water')!;
    await choose(created.id, water.id);
    const done = await finished(created.id);
    expect(done).toMatchObject({ status: JobStatus.Success, state: JobState.Finalized });
    expect(done.result?.['path']).toBe('Elsa Marrow/Low Tide Songs (2016)/01 - Lanterns on the Water.opus');
  });

  it('asks which metadata when MusicBrainz answers two equally good recordings, then tags the chosen one', async () => {
    const song = app.world.song('waltz');
    // MusicBrainz is down while the request is resolved, so the recording comes from the stores, without an id.
    app.world.failNext('musicbrainz', 503, 1000);
    const created = await app.request('Pale Harbor - Echo Chamber Waltz');
    await waitingIn(created.id, JobState.Downloading);
    app.world.failNext('musicbrainz', 503, 0);

    const waiting = await waitingIn(created.id, JobState.UserMetadataSelection);
    expect(waiting.state).toBe(JobState.UserMetadataSelection);
    const ids = (waiting.candidates ?? []).map(
      (c) => (c.payload['musicbrainz'] as { recordingId?: string } | undefined)?.recordingId,
    );
    expect(ids).toEqual(expect.arrayContaining([song.recordingId, song.twinRecordingId]));

    const twin = waiting.candidates!.find(
      (c) => (c.payload['musicbrainz'] as { recordingId?: string }).recordingId === song.twinRecordingId,
    )!;
    await choose(created.id, twin.id);
    const done = await finished(created.id);
    expect(done).toMatchObject({ status: JobStatus.Success, state: JobState.Finalized });
    const { tags } = await new TagReader().read(join(app.config.paths.libraryRoot, String(done.result?.['path'])));
    expect(tags.metadata?.musicbrainz?.recordingId).toBe(song.twinRecordingId);
  });
});

describe('a source that fails verification', () => {
  it('falls back to the next source and finishes, the history saying why', async () => {
    const song = app.world.song('atlas');
    app.world.breakVideo(song.videoIds[0]!, 'wrong-duration');
    const done = await finished((await app.request('Ivo Lark - Teardrop Atlas')).id);
    expect(done).toMatchObject({ status: JobStatus.Success, state: JobState.Finalized });

    const history = await app.history(done.id);
    const fallback = history.find((e) => e.from === JobState.Extracting && e.to === JobState.Downloading);
    expect(fallback?.reason).toMatch(
      /Source 1 failed the checks \(duration 0:14 vs expected 0:06 .*\); trying source 2/,
    );
    const downloads = history.filter((e) => e.to === JobState.Extracting);
    expect(downloads).toHaveLength(2);
    const { tags } = await new TagReader().read(join(app.config.paths.libraryRoot, String(done.result?.['path'])));
    expect(tags.sourceUrl).toContain(`v=${song.videoIds[1]}`);
  });
});

describe('provider failures', () => {
  it.each([
    ['429', 429],
    ['500', 500],
  ] as const)('backs off through a burst of %s from every provider and completes', async (_name, status) => {
    const requestsBefore = app.world.requests('musicbrainz');
    for (const target of ['musicbrainz', 'itunes', 'deezer', 'youtube_music', 'audio'] as const) {
      app.world.failNext(target, status, 2);
    }
    const done = await finished((await app.request('Nova Tide - Paper Lanterns')).id);
    expect(done).toMatchObject({ status: JobStatus.Success, state: JobState.Finalized });
    expect(app.world.requests('musicbrainz') - requestsBefore).toBeGreaterThan(2);
  });
});

describe('cancelling', () => {
  afterEach(() => {
    for (const target of ['musicbrainz', 'youtube_music', 'audio', 'cover-image'] as const)
      app.world.slowDown(target, 0);
  });

  /** Cancels the job the moment a job.updated event shows it in `state`, then waits for it to end. */
  async function cancelIn(state: JobState, query: string, options?: { ask?: boolean }): Promise<JobDto> {
    let jobId: string | undefined;
    let cancelled: Promise<unknown> | undefined;
    const early: JobDto[] = [];
    const cancel = (job: JobDto) => {
      if (job.id !== jobId || job.state !== state || cancelled) return;
      // A supertest request is sent only once it is awaited or `then`'d.
      cancelled = request(app.server)
        .post(`/jobs/${job.id}/cancel`)
        .expect(200)
        .then(() => undefined);
    };
    const stop = app.onJobUpdated((job) => (jobId ? cancel(job) : early.push(job)));
    try {
      const created = await app.request(query, options);
      jobId = created.id;
      // A job starts in RESOLVING_IDENTITY: that state comes with job.created, not job.updated.
      for (const job of [created, ...early]) cancel(job);
      const done = await finished(created.id);
      await cancelled;
      return done;
    } finally {
      stop();
    }
  }

  const filesBefore = () => libraryFiles().sort();

  it.each([
    [JobState.ResolvingIdentity, 'musicbrainz', 'Elsa Marrow - Lanterns on the Water'],
    [JobState.Searching, 'youtube_music', 'Elsa Marrow - Lanterns on the Water'],
    [JobState.Downloading, 'audio', 'Elsa Marrow - Lanterns on the Water'],
    [JobState.Extracting, undefined, 'Elsa Marrow - Lanterns on the Water'],
    [JobState.MatchingMetadata, 'musicbrainz-late', 'Elsa Marrow - Lanterns on the Water'],
    [JobState.Tagging, 'cover-image', 'Elsa Marrow - Lanterns on the Water'],
    [JobState.Storing, undefined, 'Elsa Marrow - Lanterns on the Water'],
  ] as const)('in %s: CANCELLED, temp folder gone, library untouched', async (state, slow, query) => {
    if (slow === 'musicbrainz-late') {
      // Only the lookups after the download are slowed: the job has to get to MATCHING_METADATA first.
      const stop = app.onJobUpdated((job) => {
        if (job.state === JobState.Extracting) app.world.slowDown('musicbrainz', 3000);
      });
      try {
        await expectCancelledIn(state, query);
      } finally {
        stop();
      }
      return;
    }
    if (slow) app.world.slowDown(slow, 3000);
    await expectCancelledIn(state, query);
  });

  it.each([
    [JobState.UserIntentSelection, 'lanterns', {}],
    [JobState.UserIntentSelection, 'Nova Tide - Paper Lanterns', { ask: true }],
  ] as const)('in %s (%s): CANCELLED, temp folder gone, library untouched', async (state, query, options) => {
    await expectCancelledIn(state, query, options);
  });

  it('in USER_METADATA_SELECTION: CANCELLED, temp folder gone, library untouched', async () => {
    app.world.failNext('musicbrainz', 503, 1000);
    const before = filesBefore();
    let stopped = false;
    const stop = app.onJobUpdated((job) => {
      if (job.state === JobState.Downloading && !stopped) {
        stopped = true;
        app.world.failNext('musicbrainz', 503, 0);
      }
    });
    try {
      const done = await cancelIn(JobState.UserMetadataSelection, 'Pale Harbor - Echo Chamber Waltz');
      await expectCancelled(done, JobState.UserMetadataSelection, before);
    } finally {
      stop();
    }
  });

  async function expectCancelledIn(state: JobState, query: string, options?: { ask?: boolean }): Promise<void> {
    const before = filesBefore();
    const done = await cancelIn(state, query, options);
    await expectCancelled(done, state, before);
  }

  async function expectCancelled(done: JobDto, state: JobState, before: string[]): Promise<void> {
    expect(done).toMatchObject({ status: JobStatus.Cancelled, state: JobState.Cancelled });
    const last = (await app.history(done.id)).at(-1);
    expect(last).toMatchObject({ from: state, to: JobState.Cancelled });
    await waitForGone(join(app.config.paths.tmpDir, done.id));
    expect(libraryFiles().sort()).toEqual(before);
  }
});

/** The temp folder is removed once the cancelled step has stopped, which may be just after the job ends. */
async function waitForGone(folder: string): Promise<void> {
  for (let i = 0; i < 200 && existsSync(folder); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(existsSync(folder)).toBe(false);
}

describe('periodic work', () => {
  it('is scheduled on the cron schedules of the settings, each task once', async () => {
    const listed = (await request(app.server).get('/api/v1/system/schedules').expect(200)).body as {
      name: string;
      schedule: string | null;
    }[];
    const { schedules } = app.config;
    expect(Object.fromEntries(listed.map((task) => [task.name, task.schedule]))).toEqual({
      'temp-sweep': schedules.tempSweep,
      'provider-cache-prune': schedules.cachePrune,
      'health-check': schedules.healthCheck,
      'listening-history-sync': app.config.listening.syncSchedule,
      'analysis-backlog': app.config.analysis.auto ? app.config.analysis.schedule : null,
      'lastfm-tags-sync': app.config.listening.lastfmApiKey ? app.config.analysis.lastfmTagsSchedule : null,
      'listen-mapping': app.config.listening.mappingSchedule,
      'dashboard-weeks': app.config.dashboard.refreshSchedule,
      'dashboard-taste-maps': app.config.dashboard.weeklySchedule,
      'torrent-seeding': app.config.torrents.seedingSchedule,
      ...(!onPostgres() && { backup: schedules.backup }),
    });
  });
});
