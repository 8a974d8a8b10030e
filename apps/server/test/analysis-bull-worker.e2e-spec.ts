// Analysis across processes: the API process (role api: it never runs a step) queues an analysis job on Bull in
// a real Redis, where it waits until a separate `npm run worker` process (compiled code: `npm run build:server`)
// takes it, runs ffmpeg and essentia.js, and stores the result the API then answers with.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import request from 'supertest';
import { AnalysisModule } from '@app/analysis';
import {
  type JobDto,
  JobKind,
  JobStatus,
  type LibraryScanDto,
  type LibraryTrackPage,
  type TrackAnalysisDto,
} from '@app/contracts';
import { generateAudio, testRedisUrl } from '@app/testing';
import { startTestApp, type TestApp } from './support/test-app.js';
import { isFinished, waitForJob } from './support/wait-for-job.js';

const WORKER_SCRIPT = resolve('dist/apps/server/src/worker.js');
const REDIS_URL = testRedisUrl();
if (!REDIS_URL && process.env['CI'])
  throw new Error('TRUETRACK_TEST_REDIS_URL is not set: run the suite with npm test');

// Bull needs the Redis the test command starts; without it there is no queue to share.
const describeWithRedis = REDIS_URL ? describe : describe.skip;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describeWithRedis('analysis jobs on Bull with a separate worker process', () => {
  let testApp: TestApp;
  let redis: Redis;
  let worker: ChildProcess | undefined;
  let workerOutput = '';

  beforeAll(async () => {
    if (!existsSync(WORKER_SCRIPT)) throw new Error(`${WORKER_SCRIPT} is missing: run npm run build:server first`);
    redis = new Redis(REDIS_URL!);
    await redis.flushdb();
    testApp = await startTestApp(
      {
        queue: { redisUrl: REDIS_URL, role: 'api' },
        analysis: { windowSeconds: 8, workers: 1, rhythmMethod: 'degara' },
      },
      { features: [AnalysisModule] },
    );
    const root = testApp.config.paths.libraryRoot;
    // 120 BPM: a 20 ms click every half second.
    const clicks = 'aevalsrc=if(lt(mod(t\\,0.5)\\,0.02)\\,0.8*sin(2*PI*1000*t)\\,0):s=44100:d=12';
    await mkdir(join(root, 'Clicks'));
    await generateAudio(join(root, 'Clicks/120.flac'), clicks, ['-c:a', 'flac']);
    const { scanId } = (await request(testApp.server).post('/api/v1/library/scan').send({}).expect(202)).body as {
      scanId: string;
    };
    for (;;) {
      const scan = (await request(testApp.server).get(`/api/v1/library/scans/${scanId}`).expect(200))
        .body as LibraryScanDto;
      if (scan.status !== 'running') break;
      await sleep(20);
    }
  }, 120_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      const exited = new Promise((done) => worker!.once('exit', done));
      worker.kill('SIGTERM');
      await exited;
    }
    await testApp?.close();
    await redis?.quit();
  });

  function startWorker(): ChildProcess {
    const { config } = testApp;
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) => !/^(TRUETRACK_|DATABASE_URL$|REDIS_URL$|MUSIC_LIBRARY_ROOT$)/.test(key),
      ),
    );
    const child = spawn(process.execPath, [WORKER_SCRIPT], {
      env: {
        ...inherited,
        TRUETRACK_DATA_DIR: config.paths.dataDir,
        MUSIC_LIBRARY_ROOT: config.paths.libraryRoot,
        DATABASE_URL: config.db.url,
        REDIS_URL: REDIS_URL!,
        TRUETRACK_LOG_LEVEL: 'info',
        TRUETRACK_ANALYSIS_WINDOW_SECONDS: '8',
        TRUETRACK_ANALYSIS_WORKERS: '1',
        TRUETRACK_ANALYSIS_RHYTHM_METHOD: 'degara',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (workerOutput += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (workerOutput += chunk.toString()));
    return child;
  }

  it('waits on the queue until the worker process runs it, then the API answers the stored features', async () => {
    const server = testApp.server;
    const page = (await request(server).get('/api/v1/library/tracks').expect(200)).body as LibraryTrackPage;
    const trackId = page.records[0]!.id;

    const queued = (await request(server).post(`/api/v1/analyze/track/${trackId}`).expect(202)).body as JobDto;
    expect(queued).toMatchObject({ kind: JobKind.Analysis, query: trackId });
    // The API process only queues: the step sits in Bull's wait list until a worker takes it.
    for (let polls = 0; (await redis.llen('bull:truetrack-steps:wait')) === 0; polls++) {
      if (polls > 2000) throw new Error('the analysis step never reached the Bull queue');
      await sleep(10);
    }
    const waiting = (await request(server).get(`/api/v1/jobs/${queued.id}`).expect(200)).body as JobDto;
    expect(isFinished(waiting)).toBe(false);
    await request(server).get(`/api/v1/analysis/track/${trackId}`).expect(404);

    worker = startWorker();
    const done = await waitForJob(server, queued.id, (job) => isFinished(job) || worker!.exitCode !== null, 600_000);
    expect({ status: done.status, workerExit: worker.exitCode }).toEqual({
      status: JobStatus.Success,
      workerExit: null,
    });
    expect(workerOutput).toContain('Worker started (Bull queues on Redis');
    expect(await redis.llen('bull:truetrack-steps:wait')).toBe(0);

    const analysis = (await request(server).get(`/api/v1/analysis/track/${trackId}`).expect(200))
      .body as TrackAnalysisDto;
    expect(Math.abs(analysis.features.bpm - 120)).toBeLessThan(1.2);
    expect(analysis.analyserVersion).toContain('degara');
  }, 900_000);
});
