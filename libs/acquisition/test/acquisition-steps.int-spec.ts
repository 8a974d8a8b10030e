// DOWNLOADING and EXTRACTING together with the real yt-dlp and ffmpeg, sources served from loopback:
// a source that fails verification gives way to the next one, as a job would see it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { JobKind, type JobOptions, JobState } from '@app/contracts';
import { type AppConfig, ConfigModule } from '@app/config';
import type { StepContext } from '@app/jobs';
import { PlatformModule } from '@app/platform';
import { AcquisitionModule, DownloadAudioStep, ExtractAudioStep } from '@app/acquisition';
import { generateAudio, makeTempDir, makeTestConfig } from '@app/testing';
import { type FileServer, startYtDlpFileServer } from './support/ytdlp-file-server.js';

let module: TestingModule;
let config: AppConfig;
let server: FileServer;
let work: { path: string; remove(): Promise<void> };

function context(state: JobState, data: Record<string, unknown>, options: JobOptions = {}): StepContext {
  const signal = new AbortController().signal;
  return {
    job: { id: 'job-acq-1', kind: JobKind.Track, query: 'q', options, state, data, attempt: 1, parentId: null },
    signal,
    logger: new Logger('test'),
    progress: () => undefined,
  };
}

beforeAll(async () => {
  work = await makeTempDir('truetrack-acq');
  config = makeTestConfig({ acquisition: { outputPolicy: 'original', sourceFallbacks: 3 } });
  server = await startYtDlpFileServer();
  const short = await readFile(
    await generateAudio(join(work.path, 'short.opus'), 'sine=frequency=440:duration=5', ['-c:a', 'libopus']),
  );
  const full = await readFile(
    await generateAudio(join(work.path, 'full.opus'), 'sine=frequency=440:duration=20', ['-c:a', 'libopus']),
  );
  server.route('/short.opus', { kind: 'file', body: short, contentType: 'audio/ogg' });
  server.route('/full.opus', { kind: 'file', body: full, contentType: 'audio/ogg' });
  server.route('/gone.opus', { kind: 'status', status: 404 });
  module = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(config), PlatformModule, AcquisitionModule],
  }).compile();
});

afterAll(async () => {
  await module.close();
  await server.close();
  await work.remove();
});

const sources = () => [
  { url: `${server.url}/gone.opus`, title: 'removed upload' },
  { url: `${server.url}/short.opus`, title: 'a 5 s preview' },
  { url: `${server.url}/full.opus`, title: 'the full song' },
];

it('skips a source that is gone, falls back from one that fails verification, and keeps the one that fits', async () => {
  const download = module.get(DownloadAudioStep);
  const extract = module.get(ExtractAudioStep);
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
  expect(audio.file.startsWith(join(config.paths.tmpDir, 'job-acq-1', 'audio'))).toBe(true);
  expect(kept.data?.['loudness']).toMatchObject({
    integratedLufs: expect.any(Number),
    trackGainDb: expect.any(Number),
  });
});

it('fails with every reason when no source passes', async () => {
  const extract = module.get(ExtractAudioStep);
  const download = module.get(DownloadAudioStep);
  const recording = { title: 'Tone', artists: ['Lab'], durationMs: 60_000 };
  const only = [{ url: `${server.url}/short.opus` }];
  const downloaded = await download.run(context(JobState.Downloading, { recording, sources: only, sourceIndex: 0 }));
  await expect(extract.run(context(JobState.Extracting, downloaded.data!))).rejects.toThrow(
    /^No source passed the checks \(.*short\.opus: duration 0:05 vs expected 1:00/,
  );
});

it('fails permanently when no source can be downloaded at all', async () => {
  const download = module.get(DownloadAudioStep);
  const gone = [{ url: `${server.url}/gone.opus` }];
  await expect(download.run(context(JobState.Downloading, { sources: gone, sourceIndex: 0 }))).rejects.toThrow(
    /^No source could be downloaded \(.*gone\.opus/,
  );
});

it('writes the format a job asks for instead of the server setting', async () => {
  const download = module.get(DownloadAudioStep);
  const extract = module.get(ExtractAudioStep);
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
