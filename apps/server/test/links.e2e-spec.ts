// Links to plain files on a web server (the fake music world on loopback), as people paste them: each becomes a
// tagged track of the right recording, identified from what the download says of itself, or waits with the right
// recording first; a playlist link becomes one job per entry. The real yt-dlp, ffmpeg and fpcalc run.
import { join } from 'node:path';
import request from 'supertest';
import { type JobDto, JobKind, JobState, JobStatus } from '@app/contracts';
import { TagReader } from '@app/tagger';
import type { FakeSong } from '@app/testing';
import { type MusicWorldApp, startMusicWorldApp } from './support/music-world-app.js';
import { isFinished, waitForJob } from './support/wait-for-job.js';

let app: MusicWorldApp;

beforeAll(async () => {
  app = await startMusicWorldApp();
});

afterAll(async () => {
  await app?.close();
});

const settled = (id: string) =>
  waitForJob(app.server, id, (job) => job.state === JobState.UserMetadataSelection || isFinished(job), 60_000);
const finished = (id: string) => waitForJob(app.server, id, isFinished, 60_000);
const choose = async (id: string, choice: string) =>
  (await request(app.server).post(`/jobs/${id}/input`).send({ choice }).expect(200)).body as JobDto;

const metadataOf = (payload: Record<string, unknown>) => ({
  title: payload['title'],
  recordingId: (payload['musicbrainz'] as { recordingId?: string } | undefined)?.recordingId,
});

/** The recording the library file of a finished job is tagged with. */
async function storedRecording(job: JobDto) {
  const { tags } = await new TagReader().read(join(app.config.paths.libraryRoot, String(job.result?.['path'])));
  return { title: tags.metadata.title, recordingId: tags.metadata.musicbrainz.recordingId };
}

/**
 * A link ends in the library tagged as `song`, or waits with `song` as the first choice — which is then taken,
 * and must end in the library tagged as `song` as well.
 */
async function expectEndsAs(id: string, song: FakeSong): Promise<JobDto> {
  const job = await settled(id);
  const wanted = { title: song.title, recordingId: song.recordingId };
  if (job.state === JobState.UserMetadataSelection) {
    const [first] = job.candidates ?? [];
    expect(metadataOf(first!.payload)).toEqual(wanted);
    await choose(id, first!.id);
  }
  const done = await finished(id);
  expect(done).toMatchObject({ status: JobStatus.Success, state: JobState.Finalized });
  expect(await storedRecording(done)).toEqual(wanted);
  return done;
}

const reasons = async (id: string) => (await app.history(id)).map((event) => event.reason).join('\n');

describe('a link to a file', () => {
  it('named "Artist - Title.m4a" is identified by its file name and length, unasked', async () => {
    const song = app.world.song('lanterns');
    const url = await app.world.serveFile('Nova Tide - Paper Lanterns.m4a', { song: 'lanterns' });
    const created = await app.request(url);
    const done = await finished(created.id);
    expect(done).toMatchObject({ status: JobStatus.Success, state: JobState.Finalized });
    expect(await storedRecording(done)).toEqual({ title: song.title, recordingId: song.recordingId });
    const history = await reasons(created.id);
    expect(history).toContain("title 'Paper Lanterns' from the file name");
    expect(history).toContain("artist 'Nova Tide' from the file name");
    expect(history).toContain('length 0:04 from the download');
  });

  it('named "Title (Official Audio).mp3" ends as the right recording, or asks with it first', async () => {
    const url = await app.world.serveFile('Glass Orchard (Official Audio).mp3', { song: 'orchard' });
    await expectEndsAs((await app.request(url)).id, app.world.song('orchard'));
  });

  it('with full tags and nothing useful in its name is identified by its tags', async () => {
    const song = app.world.song('copper');
    const url = await app.world.serveFile('track01.m4a', {
      song: 'copper',
      tags: {
        title: song.title,
        artists: song.artists,
        album: song.album,
        isrc: song.isrc,
        musicbrainz: { recordingId: song.recordingId },
      },
    });
    const created = await app.request(url);
    const done = await finished(created.id);
    expect(done).toMatchObject({ status: JobStatus.Success, state: JobState.Finalized });
    expect(await storedRecording(done)).toEqual({ title: song.title, recordingId: song.recordingId });
    expect(await reasons(created.id)).toContain("title 'Copper Sky' from the file's tags");
  });

  it('with a wrong name but correct tags is the recording its tags name', async () => {
    const song = app.world.song('atlas');
    const url = await app.world.serveFile('Elsa Marrow - Lanterns on the Water.m4a', {
      song: 'atlas',
      tags: { title: song.title, artists: song.artists },
    });
    const done = await expectEndsAs((await app.request(url)).id, song);
    expect(await reasons(done.id)).toContain("title 'Teardrop Atlas' from the file's tags");
  });

  it('whose only clue is its fingerprint is recognised as the library track with that audio', async () => {
    const song = app.world.song('water');
    const first = await finished((await app.request('Elsa Marrow - Lanterns on the Water')).id);
    expect(first.result).toMatchObject({ outcome: 'stored' });

    const url = await app.world.serveFile('AUD-20240101-WA0003.opus', { song: 'water', sameAudioAs: song.videoIds[0] });
    const created = await app.request(url);
    const done = await finished(created.id);
    expect(done).toMatchObject({ status: JobStatus.Success, state: JobState.Finalized });
    expect(done.result).toMatchObject({ outcome: 'existing', path: first.result?.['path'] });
    expect(await reasons(created.id)).toMatch(
      /the audio's fingerprint matches 'Lanterns on the Water' by Elsa Marrow in the library/,
    );
  });

  it('identified for sure still waits for a person when the request asks to confirm', async () => {
    const song = app.world.song('lanterns');
    const url = await app.world.serveFile('confirm/Nova Tide - Paper Lanterns.m4a', { song: 'lanterns' });
    const created = await app.request(url, { ask: true });
    const waiting = await settled(created.id);
    expect(waiting.state).toBe(JobState.UserMetadataSelection);
    expect(waiting.candidates).toHaveLength(2);
    expect(waiting.candidates?.at(-1)).toMatchObject({ provider: 'url', score: 0 });
    expect(await reasons(created.id)).toMatch(/Asked to confirm: the link is 'Paper Lanterns'/);
    await expectEndsAs(created.id, song);
  });

  it('that says nothing about itself waits with "keep it as found", and never fails for that', async () => {
    const url = await app.world.serveFile('0001.mp3', { song: 'waltz' });
    const created = await app.request(url);
    const waiting = await settled(created.id);
    expect(waiting.state).toBe(JobState.UserMetadataSelection);
    const asFound = waiting.candidates?.at(-1);
    expect(asFound).toMatchObject({ provider: 'url', score: 0 });
    expect(asFound?.reasons[0]).toBe('keep it as found: the tags the download gave itself');
    await choose(created.id, asFound!.id);
    const done = await finished(created.id);
    expect(done).toMatchObject({ status: JobStatus.Success, state: JobState.Finalized });
  });
});

describe('a playlist link', () => {
  it('becomes a list job with one track job per entry', async () => {
    const entries = [
      await app.world.serveFile('Ivo Lark - Teardrop Atlas.m4a', { song: 'atlas' }),
      await app.world.serveFile('The Quiet Engines - Glass Orchard.mp3', { song: 'orchard' }),
    ];
    const url = app.world.servePlaylist('mix.xspf', 'Friday mix', entries);
    const created = await app.request(url);
    const done = await waitForJob(app.server, created.id, isFinished, 120_000);
    expect(done).toMatchObject({ kind: JobKind.List, state: JobState.Finalized });
    expect(done.result).toEqual({ children: 2, succeeded: 2, failed: 0, cancelled: 0 });
    expect(done.children?.map((child) => child.query)).toEqual(entries);
    expect(await reasons(created.id)).toContain('The link is a playlist');
  }, 150_000);

  it('listing more entries than TRUETRACK_LINK_MAX_ENTRIES is refused when it is sent, and no job is made', async () => {
    const one = await app.world.serveFile('Ivo Lark - Teardrop Atlas (many).m4a', { song: 'atlas' });
    const url = app.world.servePlaylist(
      'everything.xspf',
      'Everything',
      Array.from({ length: 201 }, (_, i) => `${one}?copy=${i}`),
    );
    const before = (await request(app.server).get('/jobs').expect(200)).body as { totalRecords: number };
    const refused = await request(app.server).post('/jobs').send({ query: url }).expect(422);
    expect(refused.body.message).toMatch(
      /^query is a link listing 201 entries, more than 200 \(TRUETRACK_LINK_MAX_ENTRIES\); set options\.allowLarge/,
    );
    const after = (await request(app.server).get('/jobs').expect(200)).body as { totalRecords: number };
    expect(after.totalRecords).toBe(before.totalRecords);
  });

  it('to a channel is refused with a 422 naming options.allowLarge, unless it is set', async () => {
    const refused = await request(app.server)
      .post('/jobs')
      .send({ query: 'https://www.youtube.com/@LinkinPark/videos' })
      .expect(422);
    expect(refused.body.message).toMatch(/a YouTube channel.*options\.allowLarge/);
    await request(app.server)
      .post('/jobs')
      .send({ query: 'https://www.youtube.com/@LinkinPark/videos', options: { allowLarge: 'yes' } })
      .expect(400);
  });
});
