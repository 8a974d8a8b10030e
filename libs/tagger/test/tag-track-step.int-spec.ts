// TAGGING with the real tagger, ffmpeg and a cover served from loopback: the job's converted file is copied,
// tagged and handed to STORING with its .lrc; a cover that cannot be had leaves a note, not a failure.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { JobKind, JobState, type TrackMetadata } from '@app/contracts';
import { type AppConfig, ConfigModule } from '@app/config';
import { PermanentError } from '@app/core';
import type { StepContext } from '@app/jobs';
import { PlatformModule, ProcessRunner } from '@app/platform';
import { TaggerModule, TagReader } from '@app/tagger';
import { type TaggedFile, TagTrackStep } from '../src/steps/tag-track.step.js';
import { type FakeHttpServer, generateAudio, makeTestConfig, startFakeHttpServer } from '@app/testing';
import { FULL_TAGS } from './support/full-tags.js';
import { type PictureServer, startPictureServer } from './support/picture-server.js';

const JOB_ID = 'job-tag-1';
const SYNCED = '[ar:Björk]\n[00:01.00]Ég sé þig\n[00:02.50]Í norðurljósunum';
const SOURCE_URL = 'https://www.youtube.com/watch?v=hTWKbfoikeg';

let module: TestingModule;
let config: AppConfig;
let pictures: PictureServer;
let failing: FakeHttpServer;
let mp3: string;
const progress: number[] = [];

function context(data: Record<string, unknown>, signal = new AbortController().signal): StepContext {
  return {
    job: {
      id: JOB_ID,
      kind: JobKind.Track,
      query: 'q',
      options: {},
      state: JobState.Tagging,
      data,
      attempt: 1,
      parentId: null,
    },
    signal,
    logger: new Logger('test'),
    progress: (fraction) => progress.push(fraction),
  };
}

const metadata = (overrides: Partial<TrackMetadata> = {}): TrackMetadata => ({
  ...FULL_TAGS.metadata,
  coverUrl: `${pictures.url}/release/front.png`,
  lyrics: { synced: SYNCED },
  ...overrides,
});

function jobData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sources: [{ url: 'https://example.org/gone' }, { url: SOURCE_URL }],
    sourceIndex: 1,
    audio: { file: mp3 },
    loudness: { integratedLufs: -11.48, trackGainDb: -6.52, trackPeak: 0.988553 },
    metadata: metadata(),
    ...overrides,
  };
}

beforeAll(async () => {
  config = makeTestConfig({ tagging: { coverMaxEdge: 500, lrcFiles: true, id3Version: 4 } });
  const audioDir = join(config.paths.tmpDir, JOB_ID, 'audio');
  await mkdir(audioDir, { recursive: true });
  mp3 = await generateAudio(join(audioDir, 'Björk - Jökulsárlón.mp3'), 'sine=frequency=440:duration=1.5', [
    '-c:a',
    'libmp3lame',
  ]);
  const png = join(config.paths.tmpDir, 'front.png');
  await new ProcessRunner().run('ffmpeg', [
    '-v',
    'error',
    '-f',
    'lavfi',
    '-i',
    'testsrc2=s=800x600',
    '-frames:v',
    '1',
    png,
  ]);
  pictures = await startPictureServer({ '/release/front.png': { body: await readFile(png), type: 'image/png' } });
  failing = await startFakeHttpServer(() => ({ status: 503, body: 'Service Unavailable' }));
  module = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(config), PlatformModule, TaggerModule],
  }).compile();
});

/** The step as another configuration builds it. */
async function stepWith(
  tagging: Partial<AppConfig['tagging']>,
): Promise<{ step: TagTrackStep; close(): Promise<void> }> {
  const other = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot({ ...config, tagging: { ...config.tagging, ...tagging } }),
      PlatformModule,
      TaggerModule,
    ],
  }).compile();
  return { step: other.get(TagTrackStep), close: () => other.close() };
}

afterAll(async () => {
  await module.close();
  await pictures.close();
  await failing.close();
});

beforeEach(() => (progress.length = 0));

it('tags a copy with the settled metadata, ReplayGain, source URL and cover, and writes the .lrc beside it', async () => {
  const data = jobData();
  const outcome = await module.get(TagTrackStep).run(context(data));

  const folder = join(config.paths.tmpDir, JOB_ID, 'tagged');
  const tagged: TaggedFile = {
    file: join(folder, 'Björk - Jökulsárlón.mp3'),
    lrcFile: join(folder, 'Björk - Jökulsárlón.lrc'),
    coverEmbedded: true,
    format: 'mp3',
  };
  expect(outcome).toEqual({
    next: JobState.Storing,
    reason: 'Tagged Björk - Jökulsárlón.mp3 (ID3v2.4, cover 500×375, synced lyrics in .lrc)',
    data: { ...data, tagged },
  });
  const read = await module.get(TagReader).read(tagged.file);
  expect(read.tags).toEqual({
    metadata: {
      ...FULL_TAGS.metadata,
      lyrics: { plain: 'Ég sé þig\nÍ norðurljósunum' },
      source: 'tags',
    },
    replayGain: { trackGainDb: -6.52, trackPeak: 0.988553 },
    sourceUrl: SOURCE_URL,
  });
  expect(read.cover).toMatchObject({ mimeType: 'image/jpeg', width: 500, height: 375 });
  expect(await readFile(tagged.lrcFile!, 'utf8')).toBe(`${SYNCED}\n`);
  expect(pictures.userAgents.at(-1)).toMatch(/^TrueTrack/);
  expect((await module.get(TagReader).read(mp3)).tags.metadata.title).toBe('');
  expect(progress.at(-1)).toBe(1);
});

it('uses the metadata a person chose when the job carries no settled metadata', async () => {
  const chosen = { ...metadata({ title: 'Hyperballad', coverUrl: undefined, lyrics: undefined }), label: 'as found' };
  const data = jobData({
    metadata: undefined,
    choice: { candidateId: 'c-2', index: 1, stage: 'metadata', payload: chosen },
  });
  const outcome = await module.get(TagTrackStep).run(context(data));

  const tagged = outcome.data!.tagged!;
  expect(outcome.reason).toBe('Tagged Björk - Jökulsárlón.mp3 (ID3v2.4, no cover)');
  expect(tagged).toEqual({
    file: expect.stringMatching(/tagged\/Björk - Jökulsárlón\.mp3$/),
    coverEmbedded: false,
    format: 'mp3',
  });
  const read = await module.get(TagReader).read(tagged.file);
  expect(read.tags.metadata.title).toBe('Hyperballad');
  expect(read.cover).toBeUndefined();
  expect(existsSync(tagged.file.replace(/\.mp3$/, '.lrc'))).toBe(false);
});

it('goes on without a cover when the cover cannot be fetched, saying why in the reason', async () => {
  const data = jobData({ metadata: metadata({ coverUrl: `${failing.url}/release/front.jpg` }) });
  const outcome = await module.get(TagTrackStep).run(context(data));

  expect(outcome.next).toBe(JobState.Storing);
  expect(outcome.reason).toBe(
    `Tagged Björk - Jökulsárlón.mp3 (ID3v2.4, no cover, synced lyrics in .lrc); cover art not embedded: ${failing.url}/release/front.jpg: HTTP 503`,
  );
  expect(outcome.data?.['tagged']).toMatchObject({ coverEmbedded: false });
  expect(failing.requests.map((r) => r.path)).toEqual(['/release/front.jpg']);
});

it('fails for good on a format it does not tag, naming it', async () => {
  const data = jobData({ audio: { file: join(config.paths.tmpDir, JOB_ID, 'audio', 'track.wav') } });
  await expect(module.get(TagTrackStep).run(context(data))).rejects.toThrow(
    new PermanentError('TAGGING cannot tag .wav files (track.wav); it tags mp3, m4a, opus, ogg, flac'),
  );
});

it('neither fetches nor embeds a cover with TRUETRACK_COVER_MAX_EDGE=0, nor writes an .lrc with TRUETRACK_LRC_FILES=false', async () => {
  const { step, close } = await stepWith({ coverMaxEdge: 0, lrcFiles: false, id3Version: 3 });
  const asked = pictures.userAgents.length;
  const outcome = await step.run(context(jobData())).finally(close);

  expect(outcome.reason).toBe('Tagged Björk - Jökulsárlón.mp3 (ID3v2.3, no cover)');
  expect(outcome.data?.['tagged']).toEqual({ file: expect.any(String), coverEmbedded: false, format: 'mp3' });
  expect(pictures.userAgents.length).toBe(asked);
});

it('stops when the job is cancelled while the cover is fetched', async () => {
  const cancel = new AbortController();
  const slow = await startFakeHttpServer(() => {
    cancel.abort();
    return { delayMs: 2_000, body: 'late' };
  });
  const data = jobData({ metadata: metadata({ coverUrl: `${slow.url}/front.jpg` }) });
  const run = module.get(TagTrackStep).run(context(data, cancel.signal));
  await expect(run.finally(() => slow.close())).rejects.toMatchObject({ name: 'AbortError' });
});

it('goes back to EXTRACTING when the converted file was cleaned away before a retry', async () => {
  const gone = join(config.paths.tmpDir, JOB_ID, 'audio', 'gone.mp3');
  const data = jobData({ audio: { file: gone } });
  const outcome = await module.get(TagTrackStep).run(context(data));
  expect(outcome).toMatchObject({ next: JobState.Extracting, data: { audio: null } });
  expect(outcome.reason).toContain('converting it again');
});
