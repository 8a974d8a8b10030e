// A job's temp folder disappears when the job ends — finalized, failed or cancelled mid-download — and the
// sweep at boot and every hour removes what finished or unknown jobs left behind.
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CandidateStage, JobKind, JobState, JobStatus } from '@app/contracts';
import { type KeptSource, PermanentError } from '@app/core';
import { type PipelineStep, type StepContext, StepHandler, type StepOutcome } from '@app/jobs';
import { JobTempJanitor } from '../src/cleanup/job-temp-janitor.js';
import { generateAudio, makeTempDir } from '@app/testing';
import { type AcquisitionEngine, eventually, startAcquisitionEngine } from './support/acquisition-engine.js';
import { type FileServer, startYtDlpFileServer } from './support/ytdlp-file-server.js';

let engine: AcquisitionEngine;
let server: FileServer;
let work: { path: string; remove(): Promise<void> };
/** Made before the engine starts: the sweep at boot must remove it. */
const LEFT_BY_UNKNOWN_JOB = randomUUID();

const tmp = (...parts: string[]) => join(engine.config.paths.tmpDir, ...parts);

/** Leaves a file in the job's temp folder, as a step would, before the job goes where its query says. */
async function writeThenGo(ctx: StepContext): Promise<StepOutcome> {
  const folder = join(engine.config.paths.tmpDir, ctx.job.id, 'work');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'partial.bin'), 'x');
  const { query } = ctx.job;
  if (query === 'fail') throw new PermanentError('scripted failure');
  if (query === 'wait') {
    const candidate = { stage: CandidateStage.Intent, provider: 'test', score: 1, reasons: [], payload: {} };
    return { next: JobState.UserIntentSelection, reason: 'asks', candidates: [candidate] };
  }
  if (query === 'download') {
    const url = `${server.url}/crawl.opus`;
    const sources: KeptSource[] = [{ provider: 'test', id: url, url, title: 'a slow server', kind: 'song' }];
    return { next: JobState.Searching, reason: 'to the download', data: { sources, sourceIndex: 0 } };
  }
  return { next: JobState.Finalized, reason: 'done', result: {} };
}

@StepHandler(JobState.ResolvingIdentity)
class WriteThenEnd implements PipelineStep {
  run(ctx: StepContext): Promise<StepOutcome> {
    return writeThenGo(ctx);
  }
}

/** A job done in one step (an analysis: the only first step that may finish a job) ends at once. */
@StepHandler(JobState.Analysing)
class WriteThenFinish implements PipelineStep {
  run(ctx: StepContext): Promise<StepOutcome> {
    return writeThenGo(ctx);
  }
}

/** Creates a job; "done" is an analysis, which its one step may finish. */
const create = (query: string) => engine.jobs.create({ query, ...(query === 'done' && { kind: JobKind.Analysis }) });

@StepHandler(JobState.Searching)
class PassSources implements PipelineStep {
  async run(ctx: StepContext): Promise<StepOutcome> {
    return { next: JobState.Downloading, reason: 'sources given', data: ctx.job.data };
  }
}

beforeAll(async () => {
  work = await makeTempDir('truetrack-janitor');
  server = await startYtDlpFileServer();
  const tone = await generateAudio(join(work.path, 'tone.opus'), 'sine=frequency=440:duration=5', ['-c:a', 'libopus']);
  const body = await readFile(tone);
  server.route('/crawl.opus', { kind: 'file', body, contentType: 'audio/ogg', chunkBytes: 1024, chunkDelayMs: 300 });
  engine = await startAcquisitionEngine(
    [WriteThenEnd, WriteThenFinish, PassSources],
    { sources: { allowPrivate: ['127.0.0.1'] } },
    async (config) => {
      await mkdir(join(config.paths.tmpDir, LEFT_BY_UNKNOWN_JOB, 'download'), { recursive: true });
    },
  );
});

afterAll(async () => {
  await engine.close();
  await server.close();
  await work.remove();
});

it('sweeps the folders of unknown jobs at boot', async () => {
  await eventually('the folder of the unknown job is gone', () => !existsSync(tmp(LEFT_BY_UNKNOWN_JOB)));
});

it.each([
  ['finalized', 'done', JobStatus.Success],
  ['failed', 'fail', JobStatus.Error],
])('removes the folder of a job that %s', async (_case, query, status) => {
  const { job } = await create(query);
  await engine.waitFor(job.id, (j) => j.status === status);
  await eventually(`the folder of the ${status} job is gone`, () => !existsSync(tmp(job.id)));
});

it('keeps the folder of a waiting job, and removes it once the job is cancelled', async () => {
  const { job } = await engine.jobs.create({ query: 'wait' });
  await engine.waitFor(job.id, (j) => j.status === JobStatus.Waiting);
  expect(await engine.module.get(JobTempJanitor).sweep()).toEqual([]);
  expect(readdirSync(tmp(job.id, 'work'))).toEqual(['partial.bin']);

  await engine.jobs.cancel(job.id);
  await eventually('the folder of the cancelled job is gone', () => !existsSync(tmp(job.id)));
});

it('sweeps the folders of finished and unknown jobs, and leaves folders that are not a job’s', async () => {
  const { job } = await create('done');
  await engine.waitFor(job.id, (j) => j.status === JobStatus.Success);
  const unknown = randomUUID();
  for (const folder of [job.id, unknown, 'not-a-job']) await mkdir(tmp(folder, 'audio'), { recursive: true });

  const removed = await engine.module.get(JobTempJanitor).sweep();

  expect(removed.sort()).toEqual([job.id, unknown].sort());
  expect(existsSync(tmp('not-a-job'))).toBe(true);
});

it('stops yt-dlp and removes the folder when a job is cancelled mid-download', async () => {
  const { job } = await engine.jobs.create({ query: 'download' });
  const downloadFolder = tmp(job.id, 'download');
  await engine.waitFor(
    job.id,
    (j) => j.state === JobState.Downloading && Number(j.progress.detail?.['downloadedBytes'] ?? 0) > 0,
  );
  expect(ytDlpRunningFor(downloadFolder)).toBe(true);

  await engine.jobs.cancel(job.id);

  await eventually('yt-dlp has stopped', () => !ytDlpRunningFor(downloadFolder));
  await eventually('the folder of the cancelled job is gone', () => !existsSync(tmp(job.id)));
  expect((await engine.jobs.get(job.id)).status).toBe(JobStatus.Cancelled);
});

/**
 * Whether some process holds a file in the folder open (yt-dlp its `.part` file). Not `pgrep -f`: a yt-dlp kept
 * loaded gets its argv, and with it the folder, on stdin rather than on its command line.
 */
function ytDlpRunningFor(folder: string): boolean {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .some((pid) => openFiles(pid).some((path) => path.startsWith(`${folder}/`)));
}

function openFiles(pid: string): string[] {
  // A process or a descriptor may be gone by the time it is read, or belong to another user.
  const read = <T>(what: () => T, otherwise: T): T => {
    try {
      return what();
    } catch {
      return otherwise;
    }
  };
  const fds = read(() => readdirSync(`/proc/${pid}/fd`), [] as string[]);
  return fds.map((fd) => read(() => readlinkSync(`/proc/${pid}/fd/${fd}`), ''));
}
