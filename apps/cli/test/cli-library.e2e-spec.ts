import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ImportResultDto, LibraryScanDto, LibraryScanStartedDto } from '@app/contracts';
import { LibraryModule } from '@app/library';
import request from 'supertest';
import { generateAudio } from '@app/testing';
import { startTestApp, type TestApp } from '../../server/test/support/test-app.js';
import { runTrueTrack, type CliRunOptions } from './support/run-cli.js';

let testApp: TestApp;
let importDir: string;

beforeAll(async () => {
  testApp = await startTestApp({}, { features: [LibraryModule] });
  importDir = join(testApp.config.paths.dataDir, 'import');
  const inLibrary = join(testApp.config.paths.libraryRoot, 'Daft Punk', 'Discovery', '01 One More Time.mp3');
  await mkdir(dirname(inLibrary), { recursive: true });
  await generateAudio(inLibrary, 'sine=frequency=440:duration=1', ['-c:a', 'libmp3lame', '-metadata', 'title=One']);
  await mkdir(join(importDir, 'Nirvana'), { recursive: true });
  await generateAudio(join(importDir, 'Nirvana', '01 Breed.mp3'), 'sine=frequency=330:duration=1', [
    '-c:a',
    'libmp3lame',
  ]);
});

afterAll(async () => {
  await testApp.close();
});

const cli = (argv: string[], options?: CliRunOptions) =>
  runTrueTrack([...argv, '--url', testApp.publicUrl, '--api-key', testApp.apiKey], options);

describe('truetrack library scan', () => {
  it('waits for the scan with --wait and prints the counts', async () => {
    const run = await cli(['library', 'scan', '--wait']);

    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^status\s+done$/m);
    expect(run.out).toMatch(/^files\s+1 seen, \d+ indexed, \d+ unchanged, 0 removed, 0 unreadable$/m);
  });

  it('scans one folder and answers --json with the scan', async () => {
    const run = await cli(['library', 'scan', 'Daft Punk', '--wait', '--json']);

    expect(run.code).toBe(0);
    expect(JSON.parse(run.out) as LibraryScanDto).toMatchObject({ path: 'Daft Punk', status: 'done' });
  });

  it('exits 1 with the API message for a folder outside the library', async () => {
    const run = await cli(['library', 'scan', '../../etc']);

    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^truetrack: .+ \(HTTP 400\)$/);
  });

  it('starts a scan without waiting and prints its id', async () => {
    const run = await cli(['library', 'scan', '--json']);

    expect(run.code).toBe(0);
    const { scanId } = JSON.parse(run.out) as LibraryScanStartedDto;
    const scan = (await request(testApp.server).get(`/api/v1/library/scans/${scanId}`).expect(200)).body;
    expect(scan).toMatchObject({ id: scanId });
    // Let it end before the app closes.
    while (
      ((await request(testApp.server).get(`/api/v1/library/scans/${scanId}`)).body as LibraryScanDto).status ===
      'running'
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
});

describe('truetrack import', () => {
  it('creates one import job per audio file of a folder, given relative to where it runs', async () => {
    const run = await cli(['import', 'Nirvana'], { cwd: importDir });

    expect(run.code).toBe(0);
    expect(run.out).toMatch(new RegExp(`^1 import job for ${join(importDir, 'Nirvana')}$`, 'm'));
    expect(run.out).toMatch(/^\S+\s+import\s+\w+\s+DOWNLOADING\s/m);
  });

  it('prints the API answer with --json', async () => {
    const run = await cli(['import', join(importDir, 'Nirvana', '01 Breed.mp3'), '--json']);

    expect(run.code).toBe(0);
    const result = JSON.parse(run.out) as ImportResultDto;
    expect(result.jobs).toHaveLength(1);
    expect(result.jobs[0]).toMatchObject({ kind: 'import' });
  });

  it('exits 1 with the reason for a path outside the import folders', async () => {
    const run = await cli(['import', '/etc']);

    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^truetrack: .+ \(HTTP 400\)$/);
  });

  it('needs a path (exit code 2)', async () => {
    const run = await cli(['import']);

    expect(run.code).toBe(2);
    expect(run.err).toContain('truetrack: import needs PATH');
  });
});
