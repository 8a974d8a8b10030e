// A mix link brings its own tracklist: a page on a loopback web server describes a mix (schema.org AudioObject
// whose description holds a timed tracklist), the real yt-dlp reads it and downloads the audio, the track ends
// in the library, and the mixes hook makes it a mix — CUE sheet beside it, chapters inside it (read back with
// ffprobe), lines matched to the library — and a person fixes one line through the API the UI uses.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { type JobDto, JobState, JobStatus, type MixDto, type MixSummaryDto } from '@app/contracts';
import { probeAudio, readCueSheet } from '@app/mixes';
import { ProcessRunner } from '@app/platform';
import { pollUntil } from '@app/testing';
import { type MusicWorldApp, startMusicWorldApp } from './support/music-world-app.js';
import { isFinished, waitForJob } from './support/wait-for-job.js';

let app: MusicWorldApp;

beforeAll(async () => {
  app = await startMusicWorldApp();
});

afterAll(async () => {
  await app?.close();
});

/** Ends a job, taking the first candidate whenever it waits for a person to say which recording it is. */
async function finish(id: string): Promise<JobDto> {
  for (;;) {
    const job = await waitForJob(
      app.server,
      id,
      (j) => j.state === JobState.UserMetadataSelection || isFinished(j),
      60_000,
    );
    if (isFinished(job)) return job;
    await request(app.server).post(`/jobs/${id}/input`).send({ choice: job.candidates![0]!.id }).expect(200);
  }
}

const mixes = async () => (await request(app.server).get('/api/v1/mixes').expect(200)).body as MixSummaryDto[];

describe('a mix link', () => {
  it('ends in the library as a mix with a CUE sheet, chapters and resolved lines; a person fixes one', async () => {
    // One line of the mix is already in the library, stored from a tagged file link.
    const copper = app.world.song('copper');
    const copperUrl = await app.world.serveFile('track01.m4a', {
      song: 'copper',
      tags: { title: copper.title, artists: copper.artists, musicbrainz: { recordingId: copper.recordingId } },
    });
    const stored = await finish((await app.request(copperUrl)).id);
    expect(stored).toMatchObject({ status: JobStatus.Success, result: expect.objectContaining({ outcome: 'stored' }) });
    expect(await mixes()).toEqual([]);

    const audioUrl = await app.world.serveFile('night-drive-004.flac', { song: 'atlas' });
    const pageUrl = app.world.servePage('night-drive-004.html', {
      title: 'Night Drive 004',
      audioUrl,
      description: [
        'Recorded live at the harbour.',
        '',
        'Tracklist:',
        '00:00 Mira Solen & Jonas Vale - Copper Sky',
        '00:02 Pale Harbour - Echo Chamber Waltzz',
        '00:04 ID - ID',
      ].join('\n'),
    });
    const job = await finish((await app.request(pageUrl)).id);
    expect(job.status).toBe(JobStatus.Success);
    const trackId = job.result?.['trackId'];

    // The lines are saved first, the sheet and chapters written after: done once both are recorded.
    const [summary] = await pollUntil(mixes, (list) => list.some((m) => m.cuePath && m.chaptersMethod), 30_000);
    expect(summary).toMatchObject({ trackId, title: 'Night Drive 004', tracklistSource: 'link' });
    // The line not in the library goes through the resolver (after the mix is saved); the ID line never does.
    const readMix = async () =>
      (await request(app.server).get(`/api/v1/mixes/${summary!.id}`).expect(200)).body as MixDto;
    const mix = await pollUntil(readMix, (m) => m.lines[1]!.recordings.length > 0, 30_000);
    const waltz = app.world.song('waltz');
    expect(mix.lines[1]!.recordings.map((r) => r.recordingId)).toContain(waltz.recordingId);
    expect(mix.lines[1]!.recordings[0]).toMatchObject({ title: waltz.title, artist: waltz.artists.join(', ') });
    expect(mix.lines[0]).toMatchObject({ recordingId: null, recordings: [] });
    expect(mix.lines[2]).toMatchObject({ recordingId: null, recordings: [] });
    const copperTrack = stored.result?.['trackId'];
    expect(mix.lines.map((l) => [l.start, l.artist, l.title, l.status])).toEqual([
      [0, 'Mira Solen & Jonas Vale', 'Copper Sky', 'in-library'],
      [2, 'Pale Harbour', 'Echo Chamber Waltzz', 'missing'],
      [4, 'ID', 'ID', 'unidentified'],
    ]);
    expect(mix.lines[0]!.trackId).toBe(copperTrack);

    const root = app.config.paths.libraryRoot;
    const path = String(job.result?.['path']);
    expect(mix.cuePath).toBe(path.replace(/\.[^./]+$/, '.cue'));
    const sheet = readCueSheet(await readFile(join(root, mix.cuePath!), 'utf8'));
    expect(sheet.tracks.map((t) => [t.title, t.startFrames / 75])).toEqual([
      ['Copper Sky', 0],
      ['Echo Chamber Waltzz', 2],
      ['ID', 4],
    ]);
    const probe = await probeAudio(new ProcessRunner(), join(root, path));
    expect(probe.chapters.map((c) => [c.title, c.start])).toEqual([
      ['Mira Solen & Jonas Vale - Copper Sky', 0],
      ['Pale Harbour - Echo Chamber Waltzz', 2],
      ['ID', 4],
    ]);

    // The person recognises the unidentified line and types it; it is matched to the library track.
    const fixed = (
      await request(app.server)
        .put(`/api/v1/mixes/${mix.id}/lines/${mix.lines[2]!.id}`)
        .send({ artist: 'Mira Solen', title: 'Copper Sky' })
        .expect(200)
    ).body as MixDto;
    expect(fixed.lines[2]).toMatchObject({
      artist: 'Mira Solen',
      status: 'fixed',
      unidentified: false,
      trackId: copperTrack,
    });

    // The misspelt line: the person picks the resolver's recording, which names it right; it stays to request.
    const found = mix.lines[1]!.recordings.find((r) => r.recordingId === waltz.recordingId)!;
    expect(found.reasons.length).toBeGreaterThan(0);
    const picked = (
      await request(app.server)
        .put(`/api/v1/mixes/${mix.id}/lines/${mix.lines[1]!.id}`)
        .send({ recordingId: waltz.recordingId })
        .expect(200)
    ).body as MixDto;
    expect(picked.lines[1]).toMatchObject({
      title: waltz.title,
      recordingId: waltz.recordingId,
      status: 'missing',
      trackId: null,
    });
    const stranger = await request(app.server)
      .put(`/api/v1/mixes/${mix.id}/lines/${mix.lines[1]!.id}`)
      .send({ recordingId: '6b1c3f5e-0000-4000-8000-000000000000' })
      .expect(400);
    expect(JSON.stringify(stranger.body)).toContain('recordingId');
  });
});
