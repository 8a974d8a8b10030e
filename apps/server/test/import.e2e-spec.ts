// Files on disk into the library through the API, with the real steps: EXTRACTING (a copy of the file, identity
// from its tags), MATCHING_METADATA against a loopback MusicBrainz serving a recorded answer, TAGGING and STORING.
// The library API then shows the track; importing it again links to the file already there.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import request from 'supertest';
import { type ImportResultDto, type JobDto, JobKind, JobState, JobStatus } from '@app/contracts';
import { TagWriter } from '@app/tagger';
import { generateAudio } from '@app/testing';
import { asRecorded, type PipelineApp, providerFixture, startPipelineApp } from './support/pipeline-app.js';
import { isFinished, type Server, waitForJob } from './support/wait-for-job.js';

const CANONICAL = '5fb524f1-8cc8-4c04-a921-e34c0a911ea7';
const LOOKUP = providerFixture('musicbrainz/fuzzbin_recording_lookup_5fb524f1_smells_like_teen_spirit.json');

let pipeline: PipelineApp;
let server: Server;
let importDir: string;
let tagged: string;

beforeAll(async () => {
  pipeline = await startPipelineApp();
  server = pipeline.server;
  importDir = join(pipeline.config.paths.dataDir, 'import');
  tagged = join(importDir, 'Nirvana', 'Nevermind', '01 Smells Like Teen Spirit.mp3');
  await mkdir(dirname(tagged), { recursive: true });
  await generateAudio(tagged, 'sine=frequency=330:duration=3', ['-c:a', 'libmp3lame', '-b:a', '128k']);
  await new TagWriter().write(
    tagged,
    {
      metadata: {
        title: 'Smells Like Teen Spirit',
        artists: ['Nirvana'],
        musicbrainz: { recordingId: CANONICAL },
        source: 'tags',
      },
    },
    { id3Version: 4 },
  );
});

afterAll(async () => {
  await pipeline.close();
});

beforeEach(() =>
  pipeline.serve({
    musicbrainz: (r) =>
      r.path === `/ws/2/recording/${CANONICAL}` ? asRecorded(LOOKUP) : { status: 404, body: { error: 'Not Found' } },
  }),
);

const importPath = async (path: string): Promise<ImportResultDto> =>
  (await request(server).post('/api/v1/import').send({ path }).expect(201)).body as ImportResultDto;

describe('POST /api/v1/import', () => {
  it('imports a tagged file into the library at its template path, then links a second import to it', async () => {
    const first = await importPath(join(importDir, 'Nirvana'));
    expect(first.jobs).toHaveLength(1);
    expect(first.jobs[0]).toMatchObject({ kind: JobKind.Import, state: JobState.Downloading });

    const done = await waitForJob(server, first.jobs[0]!.id, isFinished, 30_000);
    expect(done).toMatchObject({ status: JobStatus.Success, state: JobState.Finalized });
    expect(done.result).toMatchObject({ outcome: 'stored' });
    const path = String(done.result?.['path']);
    // The recorded lookup lists no media, so no track number: the template leaves "NN - " out.
    expect(path).toBe('Nirvana/Nevermind (1991)/Smells Like Teen Spirit.mp3');

    const history = (await request(server).get(`/api/v1/jobs/${done.id}/history`).expect(200)).body as {
      to: string;
    }[];
    expect(history.map((e) => e.to)).toEqual([
      JobState.Downloading,
      JobState.Extracting,
      JobState.MatchingMetadata,
      JobState.Tagging,
      JobState.Storing,
      JobState.Finalized,
    ]);

    const tracks = (await request(server).get('/api/v1/library/tracks').query({ search: 'teen spirit' }).expect(200))
      .body as { totalRecords: number; records: { id: string; path: string; title: string }[] };
    expect(tracks.totalRecords).toBe(1);
    expect(tracks.records[0]).toMatchObject({ path, title: 'Smells Like Teen Spirit' });

    const again = await importPath(tagged);
    const linked = await waitForJob(server, again.jobs[0]!.id, isFinished, 30_000);
    expect(linked.status).toBe(JobStatus.Success);
    expect(linked.result).toMatchObject({ outcome: 'existing', trackId: tracks.records[0]!.id, path });
  });

  it.each([
    ['a relative path', 'Nirvana/Nevermind', 'path must be an absolute path'],
    ['a path outside the import folders', '/etc', 'path must be inside the library or an import folder'],
    ['a path that does not exist', '/nowhere/at/all.mp3', 'path must be inside the library or an import folder'],
  ])('refuses %s with a 400 naming path', async (_case, path, message) => {
    const response = await request(server).post('/api/v1/import').send({ path }).expect(400);
    expect(response.body.errors).toEqual([{ field: 'path', message: expect.stringContaining(message) }]);
  });

  it('refuses a file that is not audio, and a body without a path', async () => {
    const text = join(importDir, 'notes.txt');
    await writeFile(text, 'not audio');
    const notAudio = await request(server).post('/api/v1/import').send({ path: text }).expect(400);
    expect(notAudio.body.errors[0]).toMatchObject({ field: 'path' });
    const missing = await request(server).post('/api/v1/import').send({}).expect(400);
    expect(missing.body.errors[0]).toMatchObject({ field: 'path' });
  });

  it('fails an import job created directly for a file outside the import folders, saying why', async () => {
    const created = (await request(server).post('/jobs').send({ query: '/etc/hostname', kind: 'import' }).expect(201))
      .body as JobDto;
    const failed = await waitForJob(server, created.id, isFinished, 30_000);
    expect(failed.status).toBe(JobStatus.Error);
    expect(failed.error?.message).toContain('inside the library or an import folder');
  });
});
