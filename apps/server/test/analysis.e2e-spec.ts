// Audio analysis through the API on the whole server: a click track in the library is scanned, analysed by an
// `analysis` job (the real ffmpeg and essentia.js worker threads), and its features and sentences read back;
// the seed's routes answer under /api/v1 and bare, and bad ids get a 400 naming the field.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { AnalysisModule } from '@app/analysis';
import {
  type AnalyzeLibraryResultDto,
  type JobDto,
  JobKind,
  JobStatus,
  type LibraryScanDto,
  type LibraryTrackPage,
  type TrackAnalysisDto,
} from '@app/contracts';
import { generateAudio } from '@app/testing';
import { startTestApp, type TestApp } from './support/test-app.js';
import { isFinished, type Server, waitForJob } from './support/wait-for-job.js';

let testApp: TestApp;
let server: Server;

beforeAll(async () => {
  testApp = await startTestApp(
    { analysis: { windowSeconds: 8, workers: 1, rhythmMethod: 'degara' } },
    { features: [AnalysisModule] },
  );
  server = testApp.server;
  // 120 BPM: a 20 ms click every half second, 12 s long, so the 8 s window comes from its middle.
  const clicks = 'aevalsrc=if(lt(mod(t\\,0.5)\\,0.02)\\,0.8*sin(2*PI*1000*t)\\,0):s=44100:d=12';
  await mkdir(join(testApp.config.paths.libraryRoot, 'Clicks'));
  await generateAudio(join(testApp.config.paths.libraryRoot, 'Clicks/120.flac'), clicks, ['-c:a', 'flac']);
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

async function onlyTrackId(): Promise<string> {
  const page = (await request(server).get('/api/v1/library/tracks').expect(200)).body as LibraryTrackPage;
  expect(page.records).toHaveLength(1);
  return page.records[0]!.id;
}

describe('analysis routes', () => {
  it.each(['/api/v1/analyze/track/abc', '/analyze/track/abc', '/api/v1/score/track/1', '/api/v1/analysis/track/x'])(
    'answer %s with a 400 naming the id',
    async (path) => {
      const call = path.includes('analysis/') ? request(server).get(path) : request(server).post(path);
      const res = await call.expect(400);
      expect(res.body).toMatchObject({ errors: [{ field: 'id' }] });
    },
  );

  it.each(['/api/v1/analyze/track', '/score/track'])('answer %s for an unknown track with a 404', async (path) => {
    await request(server).post(`${path}/${randomUUID()}`).expect(404);
  });

  it('analyse a library track in an analysis job and show its features with sentences', async () => {
    const trackId = await onlyTrackId();
    await request(server).post(`/api/v1/score/track/${trackId}`).expect(404);
    const unanalysed = (await request(server).get('/api/v1/library/tracks').expect(200)).body as LibraryTrackPage;
    expect(unanalysed.records[0]).not.toHaveProperty('sound');

    const queued = (await request(server).post(`/analyze/track/${trackId}`).expect(202)).body as JobDto;
    expect(queued).toMatchObject({ kind: JobKind.Analysis, query: trackId });
    const again = (await request(server).post(`/api/v1/analyze/track/${trackId}`).expect(202)).body as JobDto;
    expect(again.id).toBe(queued.id);
    const done = await waitForJob(server, queued.id, isFinished, 300_000);
    expect(done.status).toBe(JobStatus.Success);

    const analysis = (await request(server).get(`/api/v1/analysis/track/${trackId}`).expect(200))
      .body as TrackAnalysisDto;
    expect(Math.abs(analysis.features.bpm - 120)).toBeLessThan(1.2);
    expect(analysis.features.analysedSeconds).toBeCloseTo(8, 1);
    expect(analysis.analyserVersion).toContain('degara');
    expect(analysis.axes.map((a) => a.name)).toEqual([
      'energy',
      'danceability',
      'brightness',
      'acousticness',
      'valence',
      'tempo',
      'key',
    ]);
    // degara's beat confidence (beat-confidence): a click track is a clear beat.
    expect(analysis.features.bpmConfidence).toBeGreaterThanOrEqual(3.5);
    expect(analysis.axes.find((a) => a.name === 'tempo')?.sentence).toMatch(
      /^120 BPM, a clear beat \(confidence \d\.\d of 5\.3\)\.$/,
    );

    const listed = (await request(server).get('/api/v1/library/tracks').expect(200)).body as LibraryTrackPage;
    expect(listed.records.map((t) => t.sound)).toEqual([
      { bpm: analysis.features.bpm, key: `${analysis.features.key} ${analysis.features.scale}` },
    ]);

    const scored = (await request(server).post(`/score/track/${trackId}`).expect(200)).body as TrackAnalysisDto;
    expect(scored.axes).toEqual(analysis.axes);

    const library = (await request(server).post('/api/v1/analyze/library').expect(202)).body as AnalyzeLibraryResultDto;
    expect(library).toEqual({ tracks: 1, current: 1, pending: 0, jobIds: [] });

    const key = encodeURIComponent(`${analysis.features.key} ${analysis.features.scale}`);
    const inRange = (await request(server).get(`/api/v1/analysis/tracks?bpmMin=118&bpmMax=122&key=${key}`).expect(200))
      .body as { totalRecords: number; records: { trackId: string }[] };
    expect(inRange.records.map((r) => r.trackId)).toEqual([trackId]);
    const outOfRange = (await request(server).get('/analysis/tracks?bpmMin=125&sortKey=energy').expect(200)).body as {
      totalRecords: number;
    };
    expect(outOfRange.totalRecords).toBe(0);
  });

  it.each([
    ['bpmMin=fast', 'bpmMin'],
    ['bpmMax=900', 'bpmMax'],
    ['key=H%20minor', 'key'],
    ['energyMin=2', 'energyMin'],
    ['sortKey=loudness', 'sortKey'],
    ['pageSize=0', 'pageSize'],
  ])('answer the analysed-track list with %s with a 400 naming %s', async (query, field) => {
    const res = await request(server).get(`/api/v1/analysis/tracks?${query}`).expect(400);
    expect(res.body).toMatchObject({ errors: [{ field }] });
  });
});

describe('library list by audio features (after the analysis above)', () => {
  it('filters the library by BPM range and key, sorted by BPM or by energy', async () => {
    const analysis = (
      await request(server)
        .get(`/api/v1/analysis/track/${await onlyTrackId()}`)
        .expect(200)
    ).body as TrackAnalysisDto;
    const key = encodeURIComponent(`${analysis.features.key} ${analysis.features.scale}`);
    const inRange = (
      await request(server).get(`/api/v1/library/tracks?bpmMin=118&bpmMax=122&key=${key}&sortKey=bpm`).expect(200)
    ).body as LibraryTrackPage;
    expect(inRange.records.map((r) => r.id)).toEqual([analysis.trackId]);
    const tooFast = (await request(server).get('/api/v1/library/tracks?bpmMin=130&sortKey=energy').expect(200))
      .body as LibraryTrackPage;
    expect(tooFast.totalRecords).toBe(0);
  });

  it.each([
    ['bpmMin=fast', 'bpmMin'],
    ['bpmMax=401', 'bpmMax'],
    ['key=A%20dorian', 'key'],
    ['energyMin=-0.1', 'energyMin'],
    ['energyMax=1.5', 'energyMax'],
    ['sortKey=loudness', 'sortKey'],
  ])('answers the library list with %s with a 400 naming %s', async (query, field) => {
    const res = await request(server).get(`/api/v1/library/tracks?${query}`).expect(400);
    expect(res.body).toMatchObject({ errors: [{ field }] });
  });
});
