// DOWNLOADING and EXTRACTING together with the real yt-dlp, ffmpeg and fpcalc, sources served from loopback: a
// source that fails verification gives way to the next one, and after the last one a person is asked.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { CandidateStage, JobKind, type JobOptions, JobState, JobStatus } from '@app/contracts';
import { type KeptSource, PermanentError } from '@app/core';
import { type JobData, type PipelineStep, type StepContext, StepHandler, type StepOutcome } from '@app/jobs';
import { ProcessRunner, SourceUrlPolicy, SystemClock } from '@app/platform';
import { Fingerprinter, TagReader } from '@app/tagger';
import { LinkInfoStore, YtDlpRunner } from '@app/acquisition';
import { DownloadAudioStep } from '../src/steps/download-audio.step.js';
import { ExtractAudioStep } from '../src/steps/extract-audio.step.js';
import { FfmpegRunner } from '../src/ffmpeg/ffmpeg.runner.js';
import { YtDlpWarnings } from '../src/ytdlp/ytdlp-warnings.js';
import { generateAudio, makeTempDir } from '@app/testing';
import { IntentCandidates } from '../src/steps/intent-candidates.js';
import { YtDlpEgress } from '../src/ytdlp/ytdlp-egress.js';
import { type AcquisitionEngine, startAcquisitionEngine } from './support/acquisition-engine.js';
import { type FileServer, startYtDlpFileServer } from './support/ytdlp-file-server.js';

let engine: AcquisitionEngine;
let server: FileServer;
let work: { path: string; remove(): Promise<void> };

/** The recordings the request may mean: the first has only a 5 s preview online, the second a full upload. */
const PREVIEW_ONLY = {
  provider: 'musicbrainz',
  providerId: 'rec-preview',
  title: 'Tone',
  artists: ['Lab'],
  durationMs: 60_000,
};
const FULL_UPLOAD = {
  provider: 'deezer',
  providerId: 'rec-full',
  title: 'Tone (Full)',
  artists: ['Lab'],
  durationMs: 20_000,
};
const served = (url: string, title: string): KeptSource => ({ provider: 'test', id: url, url, title, kind: 'song' });
const sourcesOf = (providerId: string) =>
  providerId === FULL_UPLOAD.providerId
    ? [served(`${server.url}/full.opus`, 'the full song')]
    : [
        served(`${server.url}/short.opus`, 'a 5 s preview'),
        served(`${server.url}/short-again.opus`, 'the same preview again'),
      ];

/** RESOLVING_IDENTITY as the resolver does it: both recordings stored as intent candidates, the first taken. */
@StepHandler(JobState.ResolvingIdentity)
class OfferTwoRecordings implements PipelineStep {
  async run(): Promise<StepOutcome> {
    return {
      next: JobState.Searching,
      reason: 'Strong match: Tone by Lab',
      data: { recording: PREVIEW_ONLY },
      candidates: [PREVIEW_ONLY, FULL_UPLOAD].map((r, i) => ({
        stage: CandidateStage.Intent,
        provider: r.provider,
        score: 0.9 - i / 10,
        reasons: [`title and artist match (${r.providerId})`],
        payload: { ...r, label: `'${r.title}' by Lab` },
      })),
    };
  }
}

/** SEARCHING: the sources of the chosen recording (a person's choice first). */
@StepHandler(JobState.Searching)
class SourcesOfRecording implements PipelineStep {
  async run(ctx: StepContext): Promise<StepOutcome> {
    const data = ctx.job.data;
    const choice = data['choice'] as { payload?: typeof PREVIEW_ONLY } | undefined;
    const recording = choice?.payload ?? (data['recording'] as typeof PREVIEW_ONLY);
    const sources = sourcesOf(recording.providerId);
    return {
      next: JobState.Downloading,
      reason: 'Sources found',
      data: { ...data, recording, sources, sourceIndex: 0 },
    };
  }
}

/** MATCHING_METADATA: parks the job, so the test can look at what EXTRACTING handed over. */
@StepHandler(JobState.MatchingMetadata)
class ParkAtMetadata implements PipelineStep {
  async run(ctx: StepContext): Promise<StepOutcome> {
    const candidate = { stage: CandidateStage.Metadata, provider: 'test', score: 1, reasons: [], payload: {} };
    return { next: JobState.UserMetadataSelection, reason: 'parked', data: ctx.job.data, candidates: [candidate] };
  }
}

/** A step's context; the tests hand steps partial data (sources as bare URLs), as far as the steps read it. */
function context(state: JobState, data: object, options: JobOptions = {}): StepContext {
  const signal = new AbortController().signal;
  return {
    job: {
      id: 'job-acq-1',
      kind: JobKind.Track,
      query: 'q',
      options,
      state,
      data: data as JobData,
      attempt: 1,
      parentId: null,
    },
    signal,
    logger: new Logger('test'),
    progress: () => undefined,
  };
}

beforeAll(async () => {
  work = await makeTempDir('truetrack-acq');
  server = await startYtDlpFileServer();
  const short = await readFile(
    await generateAudio(join(work.path, 'short.opus'), 'sine=frequency=440:duration=5', ['-c:a', 'libopus']),
  );
  const full = await readFile(
    await generateAudio(join(work.path, 'full.opus'), 'sine=frequency=440:duration=20', ['-c:a', 'libopus']),
  );
  server.route('/short.opus', { kind: 'file', body: short, contentType: 'audio/ogg' });
  server.route('/short-again.opus', { kind: 'file', body: short, contentType: 'audio/ogg' });
  server.route('/full.opus', { kind: 'file', body: full, contentType: 'audio/ogg' });
  server.route('/gone.opus', { kind: 'status', status: 404 });
  engine = await startAcquisitionEngine([OfferTwoRecordings, SourcesOfRecording, ParkAtMetadata], {
    acquisition: { outputPolicy: 'original', sourceFallbacks: 3 },
    // The sources are served from loopback, which URL jobs may only reach when allowed.
    sources: { allowPrivate: ['127.0.0.1'] },
  });
});

afterAll(async () => {
  await engine.close();
  await server.close();
  await work.remove();
});

const step = <T>(type: new (...args: never[]) => T): T => engine.module.get(type);

const guards: YtDlpEgress[] = [];
/** DOWNLOADING with its own yt-dlp and source policy, yt-dlp's connections guarded as the module does it. */
function downloadStep(ytdlp: YtDlpRunner, policy: SourceUrlPolicy): DownloadAudioStep {
  const egress = new YtDlpEgress(engine.config, policy);
  guards.push(egress);
  const intents = engine.module.get(IntentCandidates);
  return new DownloadAudioStep(ytdlp, engine.config, policy, egress, new LinkInfoStore(engine.config), intents);
}
afterAll(() => Promise.all(guards.map((g) => g.onModuleDestroy())));
const realYtDlp = () =>
  new YtDlpRunner(new ProcessRunner(), { binary: 'yt-dlp', timeoutMs: 60_000 }, new YtDlpWarnings(new SystemClock()));

const sources = () => [
  { url: `${server.url}/gone.opus`, title: 'removed upload' },
  { url: `${server.url}/short.opus`, title: 'a 5 s preview' },
  { url: `${server.url}/full.opus`, title: 'the full song' },
];

it('skips a source that is gone, falls back from one that fails verification, and keeps the one that fits', async () => {
  const download = step(DownloadAudioStep);
  const extract = step(ExtractAudioStep);
  const recording = { title: 'Tone', artists: ['Lab'], durationMs: 20_000 };

  const first = await download.run(context(JobState.Downloading, { recording, sources: sources(), sourceIndex: 0 }));
  expect(first).toMatchObject({ next: JobState.Extracting, data: { sourceIndex: 1 } });
  expect((first.data?.['sourceFailures'] as string[])[0]).toMatch(/gone\.opus/);

  const rejected = await extract.run(context(JobState.Extracting, first.data!));
  expect(rejected.next).toBe(JobState.Downloading);
  expect(rejected.reason).toMatch(/^Source 2 failed the checks \(duration 0:05 vs expected 0:20.*\); trying source 3$/);

  const second = await download.run(context(JobState.Downloading, rejected.data!));
  expect(second).toMatchObject({ next: JobState.Extracting, data: { sourceIndex: 2 } });

  const kept = await extract.run(context(JobState.Extracting, second.data!));
  expect(kept.next).toBe(JobState.MatchingMetadata);
  expect(kept.reason).toBe('Remuxed opus to opus; checks passed');
  const audio = kept.data?.['audio'] as {
    file: string;
    output: { codec: string; durationMs: number };
    reencoded: boolean;
  };
  expect(audio.output.codec).toBe('opus');
  expect(audio.output.durationMs).toBeGreaterThan(19_500);
  expect(audio.reencoded).toBe(false);
  expect(audio.file.startsWith(join(engine.config.paths.tmpDir, 'job-acq-1', 'audio'))).toBe(true);
  expect(kept.data?.['loudness']).toMatchObject({
    integratedLufs: expect.any(Number),
    trackGainDb: expect.any(Number),
  });
  expect(kept.data?.['fingerprint']).toEqual({
    raw: expect.stringMatching(/^\d+(,\d+){100,}$/),
    compressed: expect.stringMatching(/^[A-Za-z0-9_-]{20,}$/),
    durationSec: 20,
  });
});

it('asks which recording to try when no source passes, offering the one tried when the job has no others', async () => {
  const extract = step(ExtractAudioStep);
  const download = step(DownloadAudioStep);
  const recording = { ...PREVIEW_ONLY, durationMs: 60_000 };
  const only = [{ url: `${server.url}/short.opus` }];
  const downloaded = await download.run(context(JobState.Downloading, { recording, sources: only, sourceIndex: 0 }));

  const asked = await extract.run(context(JobState.Extracting, downloaded.data!));

  expect(asked.next).toBe(JobState.UserIntentSelection);
  expect(asked.reason).toMatch(
    /^No source passed the checks \(http:\S+\/short\.opus: duration 0:05 vs expected 1:00 \(55 s short\)\); choose a recording to try instead, or the same one to try again$/,
  );
  expect(asked.candidates).toEqual([
    {
      stage: CandidateStage.Intent,
      provider: 'musicbrainz',
      score: 0,
      reasons: [
        expect.stringMatching(/^tried already, every source failed: \S+short\.opus: duration/),
        'choose it to try again',
      ],
      payload: { ...recording, label: "'Tone' by Lab" },
    },
  ]);
  expect(asked.data).toEqual({ recording, acquisitionFailures: [expect.stringMatching(/short\.opus: duration/)] });
});

it('fails the job when a file that is its own only source (an import) fails the checks', async () => {
  const extract = step(ExtractAudioStep);
  const download = step(DownloadAudioStep);
  const recording = { ...PREVIEW_ONLY, durationMs: 60_000 };
  const only = [{ url: `${server.url}/short.opus` }];
  const downloaded = await download.run(context(JobState.Downloading, { recording, sources: only, sourceIndex: 0 }));
  const copy = downloaded.data!['download'] as { filePath: string };

  const failed = extract.run(
    context(JobState.Extracting, { recording, download: { filePath: copy.filePath, onlySource: true } }),
  );

  await expect(failed).rejects.toThrow(PermanentError);
  await expect(failed).rejects.toThrow(/^The file failed the checks, and it has no other source: duration 0:05/);
});

it('asks a person straight from DOWNLOADING when no source can be downloaded at all', async () => {
  const download = step(DownloadAudioStep);
  const url = `${server.url}/gone.opus`;

  const asked = await download.run(
    context(JobState.Downloading, { sourceUrl: url, sources: [{ url }], sourceIndex: 0 }),
  );
  expect(asked.next).toBe(JobState.UserIntentSelection);
  expect(asked.reason).toMatch(
    /^No source could be downloaded \(\S+gone\.opus: yt-dlp failed \(unavailable\).*\); choose a recording to try instead, or the same one to try again$/,
  );
  expect(asked.candidates?.map((c) => [c.provider, c.payload['url'], c.payload['label']])).toEqual([['url', url, url]]);
  expect(asked.data).toEqual({
    sourceUrl: url,
    acquisitionFailures: [expect.stringMatching(/gone\.opus: yt-dlp failed/)],
  });
});

it('fails at once, without asking, when yt-dlp itself cannot run', async () => {
  const missing = { binary: 'truetrack-test-no-yt-dlp', timeoutMs: 10_000 };
  const sut = downloadStep(
    new YtDlpRunner(new ProcessRunner(), missing, new YtDlpWarnings(new SystemClock())),
    new SourceUrlPolicy(['127.0.0.1']),
  );
  const two = [{ url: `${server.url}/full.opus` }, { url: `${server.url}/short.opus` }];
  await expect(sut.run(context(JobState.Downloading, { sources: two, sourceIndex: 0 }))).rejects.toThrow(
    /^No source could be downloaded \(\S+\/full\.opus: truetrack-test-no-yt-dlp was not found; install it or configure its full path\)$/,
  );
});

it('never hands yt-dlp a source on a private address unless allowed, checked again right before the fetch', async () => {
  const sut = downloadStep(
    new YtDlpRunner(new ProcessRunner(), { binary: 'yt-dlp', timeoutMs: 10_000 }, new YtDlpWarnings(new SystemClock())),
    new SourceUrlPolicy([]),
  );
  const outcome = await sut.run(
    context(JobState.Downloading, { sources: [{ url: `${server.url}/full.opus` }], sourceIndex: 0 }),
  );
  expect(outcome.next).toBe(JobState.UserIntentSelection);
  expect(String((outcome.data?.['acquisitionFailures'] as string[])[0])).toMatch(
    /127\.0\.0\.1 is a loopback address; .*TRUETRACK_ALLOW_PRIVATE_SOURCES/,
  );
});

it('never asks yt-dlp what a refused link holds: the address check comes before the probe', async () => {
  const asked: string[] = [];
  const ytdlp = new YtDlpRunner(
    new ProcessRunner(),
    { binary: 'yt-dlp', timeoutMs: 10_000 },
    new YtDlpWarnings(new SystemClock()),
  );
  ytdlp.probe = async (args) => {
    asked.push(args.url);
    return { kind: 'single' };
  };
  const sut = downloadStep(ytdlp, new SourceUrlPolicy([]));
  const page = `${server.url}/a-page-with-a-playlist`;
  const outcome = await sut.run(
    context(JobState.Downloading, { sourceUrl: page, sources: [{ url: page }], sourceIndex: 0 }),
  );
  expect(asked).toEqual([]);
  expect(outcome.next).toBe(JobState.UserIntentSelection);
  expect(String((outcome.data?.['acquisitionFailures'] as string[])[0])).toMatch(/127\.0\.0\.1 is a loopback address/);
});

describe('redirects yt-dlp follows meet the source policy too', () => {
  // 127.0.0.1 stands for the public internet here; 127.0.0.2 for the LAN a redirect must not lead into.
  let lan: FileServer;
  beforeAll(async () => {
    lan = await startYtDlpFileServer('127.0.0.2');
    lan.route('/full.opus', {
      kind: 'file',
      body: await readFile(join(work.path, 'full.opus')),
      contentType: 'audio/ogg',
    });
  });
  afterAll(() => lan.close());

  it('never reaches a private address through a redirect', async () => {
    server.route('/moved-to-lan.opus', { kind: 'redirect', location: `${lan.url}/full.opus` });
    const sut = downloadStep(realYtDlp(), new SourceUrlPolicy(['127.0.0.1/32']));
    const outcome = await sut.run(
      context(JobState.Downloading, { sources: [{ url: `${server.url}/moved-to-lan.opus` }], sourceIndex: 0 }),
    );
    expect(lan.hits).toEqual([]);
    expect(outcome.next).toBe(JobState.UserIntentSelection);
    expect(String((outcome.data?.['acquisitionFailures'] as string[])[0])).toMatch(/moved-to-lan\.opus: yt-dlp failed/);
  });

  it('still downloads through the guard when the redirect stays on allowed hosts', async () => {
    server.route('/moved.opus', { kind: 'redirect', location: `${server.url}/full.opus` });
    const sut = downloadStep(realYtDlp(), new SourceUrlPolicy(['127.0.0.1/32']));
    const outcome = await sut.run(
      context(JobState.Downloading, { sources: [{ url: `${server.url}/moved.opus` }], sourceIndex: 0 }),
    );
    expect(outcome.next).toBe(JobState.Extracting);
    expect(outcome.data?.['download']).toBeDefined();
    expect(server.hits).toEqual(expect.arrayContaining(['GET /moved.opus', 'GET /full.opus']));
  });
});

it('still fails for good when a job reaches DOWNLOADING without any source', async () => {
  await expect(step(DownloadAudioStep).run(context(JobState.Downloading, { sources: [] }))).rejects.toThrow(
    new PermanentError('No source could be downloaded (no sources)'),
  );
});

it('writes the format a job asks for instead of the server setting', async () => {
  const download = step(DownloadAudioStep);
  const extract = step(ExtractAudioStep);
  const recording = { title: 'Tone', artists: ['Lab'], durationMs: 20_000 };
  const only = [{ url: `${server.url}/full.opus` }];
  const downloaded = await download.run(context(JobState.Downloading, { recording, sources: only, sourceIndex: 0 }));
  const kept = await extract.run(context(JobState.Extracting, downloaded.data!, { format: 'mp3-320' }));
  expect(kept.reason).toBe('Converted opus to mp3; checks passed');
  const audio = kept.data?.['audio'] as { file: string; output: { codec: string; bitrate: number } };
  expect(audio.file.endsWith('.mp3')).toBe(true);
  expect(audio.output.codec).toBe('mp3');
  expect(audio.output.bitrate).toBeGreaterThan(300_000);
});

it('downloads again when the downloaded file is gone, e.g. after a failed job was retried', async () => {
  const download = step(DownloadAudioStep);
  const recording = { title: 'Tone', artists: ['Lab'], durationMs: 20_000 };
  const only = [{ url: `${server.url}/full.opus` }];
  const downloaded = await download.run(context(JobState.Downloading, { recording, sources: only, sourceIndex: 0 }));
  await rm(join(engine.config.paths.tmpDir, 'job-acq-1'), { recursive: true });

  const again = await step(ExtractAudioStep).run(context(JobState.Extracting, downloaded.data!));

  expect(again).toMatchObject({ next: JobState.Downloading, data: { sourceIndex: 0, download: null } });
  expect(again.reason).toBe('The downloaded file is gone (its temp folder was cleaned up); downloading it again');
});

describe('fingerprints', () => {
  async function downloaded() {
    const recording = { title: 'Tone', artists: ['Lab'], durationMs: 20_000 };
    const only = [{ url: `${server.url}/full.opus` }];
    return (
      await step(DownloadAudioStep).run(context(JobState.Downloading, { recording, sources: only, sourceIndex: 0 }))
    ).data!;
  }

  const extractWith = (fpcalc: string, fingerprint: boolean) => {
    const config = engine.config;
    const changed = {
      ...config,
      tools: { ...config.tools, fpcalc },
      acquisition: { ...config.acquisition, fingerprint },
    };
    return new ExtractAudioStep(
      step(FfmpegRunner),
      new Fingerprinter(new ProcessRunner(), changed),
      step(IntentCandidates),
      new TagReader(),
      changed,
    );
  };

  it('notes a missing fpcalc in the reason and keeps the file', async () => {
    const kept = await extractWith('truetrack-test-no-fpcalc', true).run(
      context(JobState.Extracting, await downloaded()),
    );
    expect(kept.next).toBe(JobState.MatchingMetadata);
    expect(kept.reason).toBe('Remuxed opus to opus; checks passed (no fingerprint: fpcalc is not available)');
    expect(kept.data).not.toHaveProperty('fingerprint');
  });

  it('computes none when TRUETRACK_FINGERPRINT is off', async () => {
    const kept = await extractWith('fpcalc', false).run(context(JobState.Extracting, await downloaded()));
    expect(kept.reason).toBe('Remuxed opus to opus; checks passed');
    expect(kept.data).not.toHaveProperty('fingerprint');
  });
});

describe('a job whose recording has no usable source', () => {
  it('waits for a person with the recordings offered earlier and what failed; a choice acquires the other', async () => {
    const { job } = await engine.jobs.create({ query: 'lab tone' });

    const waiting = await engine.waitFor(job.id, (j) => j.status !== JobStatus.Running);

    expect(waiting.state).toBe(JobState.UserIntentSelection);
    const history = await engine.jobs.history(job.id);
    expect(history.map((e) => e.to)).toEqual([
      JobState.ResolvingIdentity,
      JobState.Searching,
      JobState.Downloading,
      JobState.Extracting,
      JobState.Downloading,
      JobState.Extracting,
      JobState.UserIntentSelection,
    ]);
    expect(history.at(-1)?.reason).toMatch(
      /^No source passed the checks \(\S+\/short\.opus: duration 0:05 vs expected 1:00.* \| \S+\/short-again\.opus: duration 0:05 vs expected 1:00.*\); choose a recording to try instead, or the same one to try again$/,
    );
    const offered = waiting.candidates ?? [];
    expect(offered.map((c) => [c.index, c.payload['providerId'], c.score])).toEqual([
      [0, 'rec-preview', 0.9],
      [1, 'rec-full', 0.8],
    ]);
    expect(offered[0]?.reasons).toEqual([
      'title and artist match (rec-preview)',
      expect.stringMatching(/^tried already, every source failed: \S+\/short\.opus: .* \| \S+\/short-again\.opus: /),
    ]);
    expect(offered[1]?.reasons).toEqual([
      'title and artist match (rec-full)',
      expect.stringMatching(/^'Tone' by Lab was tried and failed: \S+\/short\.opus: .* \| \S+\/short-again\.opus: /),
    ]);

    await engine.jobs.input(job.id, 1);
    const parked = await engine.waitFor(job.id, (j) => j.state === JobState.UserMetadataSelection);

    const after = (await engine.jobs.history(job.id)).slice(history.length);
    expect(after.map((e) => `${e.from} -> ${e.to}`)).toEqual([
      `${JobState.UserIntentSelection} -> ${JobState.Searching}`,
      `${JobState.Searching} -> ${JobState.Downloading}`,
      `${JobState.Downloading} -> ${JobState.Extracting}`,
      `${JobState.Extracting} -> ${JobState.MatchingMetadata}`,
      `${JobState.MatchingMetadata} -> ${JobState.UserMetadataSelection}`,
    ]);
    expect(after[1]?.data?.['sources']).toEqual([expect.objectContaining({ url: `${server.url}/full.opus` })]);
    // Each history row holds its step's own output: EXTRACTING's is the audio, not the recording again.
    const extracted = after[3]?.data ?? {};
    expect(extracted['audio']).toMatchObject({ output: { codec: 'opus' } });
    expect(extracted).not.toHaveProperty('recording');
    expect(extracted).not.toHaveProperty('fallbacksUsed');
    expect(parked.status).toBe(JobStatus.Waiting);
  });
});

it('fans a link out from the listing made when it was requested, without asking yt-dlp to list it again', async () => {
  const link = `${server.url}/listed-at-request`;
  const entry = { url: `${server.url}/full.opus`, title: 'the full song' };
  const linkListing = { url: link, contents: { kind: 'playlist', title: 'Friday', entries: [entry], skipped: 0 } };
  const outcome = await step(DownloadAudioStep).run(context(JobState.Downloading, { sourceUrl: link, linkListing }));
  expect(outcome).toMatchObject({ next: JobState.AwaitingChildren, becomes: JobKind.List });
  expect(outcome.children?.map((child) => child.query)).toEqual([entry.url]);
  expect(server.hits.filter((hit) => hit.includes('/listed-at-request'))).toEqual([]);
});
