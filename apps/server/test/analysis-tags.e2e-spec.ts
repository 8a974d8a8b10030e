// With TRUETRACK_ANALYSIS_WRITE_TAGS on, an analysis job writes the measured BPM and key into the library file:
// read back by TrueTrack and by music-metadata, with the file's other tags kept.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFile } from 'music-metadata';
import request from 'supertest';
import { AnalysisModule } from '@app/analysis';
import { type JobDto, JobStatus, type LibraryScanDto, type LibraryTrackPage } from '@app/contracts';
import { TempoKeyTags } from '@app/tagger';
import { generateAudio } from '@app/testing';
import { startTestApp, type TestApp } from './support/test-app.js';
import { isFinished, type Server, waitForJob } from './support/wait-for-job.js';

let testApp: TestApp;
let server: Server;
let file: string;

beforeAll(async () => {
  testApp = await startTestApp(
    { analysis: { windowSeconds: 8, workers: 1, rhythmMethod: 'degara', writeTags: true } },
    { features: [AnalysisModule] },
  );
  server = testApp.server;
  const clicks = 'aevalsrc=if(lt(mod(t\\,0.5)\\,0.02)\\,0.8*sin(2*PI*1000*t)\\,0):s=44100:d=12';
  await mkdir(join(testApp.config.paths.libraryRoot, 'Clicks'));
  file = join(testApp.config.paths.libraryRoot, 'Clicks/120.flac');
  await generateAudio(file, clicks, ['-c:a', 'flac', '-metadata', 'title=Click 120']);
  const { scanId } = (await request(server).post('/api/v1/library/scan').send({}).expect(202)).body as {
    scanId: string;
  };
  for (;;) {
    const scan = (await request(server).get(`/api/v1/library/scans/${scanId}`).expect(200)).body as LibraryScanDto;
    if (scan.status !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
});

afterAll(() => testApp.close());

it('writes the analysed BPM and key into the file', async () => {
  expect(new TempoKeyTags().read(file)).toEqual({});
  const page = (await request(server).get('/api/v1/library/tracks').expect(200)).body as LibraryTrackPage;
  const trackId = page.records[0]!.id;
  const queued = (await request(server).post(`/api/v1/analyze/track/${trackId}`).expect(202)).body as JobDto;
  const done = await waitForJob(server, queued.id, isFinished, 300_000);
  expect(done.status).toBe(JobStatus.Success);

  const analysis = (await request(server).get(`/api/v1/analysis/track/${trackId}`).expect(200)).body as {
    features: { bpm: number; key: string; scale: string };
  };
  const { key, scale } = analysis.features;
  const initialKey = `${key}${scale === 'minor' ? 'm' : ''}`;
  expect(new TempoKeyTags().read(file)).toEqual({ bpm: 120, initialKey });
  const { common, native } = await parseFile(file);
  expect(common.bpm).toBe(120);
  expect(common.title).toBe('Click 120');
  expect(native.vorbis?.find((tag) => tag.id === 'INITIALKEY')?.value).toBe(initialKey);
});
