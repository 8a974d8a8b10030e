// Listens mapped to recordings and library tracks after intake, in the background: the resolver asked once per
// song (its answers cached by normalised artist and title), submitted MBIDs trusted, library tracks found by
// recording or by text, plays counted on the library API, and listens the providers could not answer for kept
// and mapped on a later round.
import { randomUUID } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import request from 'supertest';
import type { LibraryTrackDto, LibraryTrackPage, ListenDto, ListenerDto } from '@app/contracts';
import { LibraryIndex, LibraryModule, LibraryTrackEntity } from '@app/library';
import { ListenMapper, RECORDING_LOOKUP, type RecordingAnswer, type RecordingLookup } from '@app/listening';
import { ScheduledTasks } from '@app/platform';
import { pollUntil } from '@app/testing';
import { startTestApp, type TestApp } from './support/test-app.js';

const TEEN_SPIRIT = '5fb524f1-8cc8-4c04-a921-e34c0a911ea7';
const TAGGED = '0b8a3a3e-0000-4000-8000-00000000000a';

/** A resolver standing in for the providers: what it answers per "artist|title" (lower case), and every question. */
const asked: string[] = [];
let answers: Record<string, RecordingAnswer> = {};
const lookup: RecordingLookup = {
  find(artist, title) {
    const question = `${artist}|${title}`.toLowerCase();
    asked.push(question);
    return Promise.resolve(answers[question] ?? { kind: 'none' });
  },
};

@Global()
@Module({ providers: [{ provide: RECORDING_LOOKUP, useValue: lookup }], exports: [RECORDING_LOOKUP] })
class FakeRecordingsModule {}

let app: TestApp;
let listener: ListenerDto;

beforeAll(async () => {
  app = await startTestApp(
    { listening: { mappingSchedule: null } },
    { features: [LibraryModule, FakeRecordingsModule] },
  );
  listener = (await request(app.server).post('/api/v1/listeners').send({ name: 'Sam' }).expect(201))
    .body as ListenerDto;
});

afterAll(() => app.close());

const AT = Date.UTC(2025, 0, 1);

async function addTrack(path: string, artist: string, title: string, mbRecordingId: string | null) {
  return app.app.get(LibraryIndex).upsert(
    Object.assign(new LibraryTrackEntity(), {
      id: randomUUID(),
      path,
      format: 'mp3',
      codec: null,
      bitrate: null,
      sampleRate: null,
      durationMs: 200_000,
      size: 1000,
      mtime: AT,
      contentHash: null,
      fingerprint: null,
      title,
      artist,
      album: null,
      albumArtist: null,
      trackNumber: null,
      discNumber: null,
      year: null,
      tags: null,
      mbRecordingId,
      mbReleaseId: null,
      mbReleaseGroupId: null,
      mbArtistId: null,
      isrc: null,
      sourceUrl: null,
      jobId: null,
      hasCover: false,
      createdAt: AT,
      updatedAt: AT,
    }),
  );
}

type Scrobble = [seconds: number, artist: string, title: string, info?: Record<string, unknown>];

const scrobble = (listens: Scrobble[]) =>
  request(app.publicUrl)
    .post('/listenbrainz/1/submit-listens')
    .set('Authorization', `Token ${listener.listenToken}`)
    .send({
      listen_type: 'import',
      payload: listens.map(([s, artist_name, track_name, additional_info]) => ({
        listened_at: s,
        track_metadata: { artist_name, track_name, ...(additional_info ? { additional_info } : {}) },
      })),
    })
    .expect(200);

const recent = async () =>
  (await request(app.server).get('/api/v1/listens/recent').query({ listenerId: listener.id, limit: 100 }).expect(200))
    .body as ListenDto[];

const listenAt = (listens: ListenDto[], seconds: number) =>
  listens.find((listen) => listen.listenedAt === new Date(seconds * 1000).toISOString())!;

const settled = (seconds: number[]) =>
  pollUntil(recent, (listens) => seconds.every((s) => listenAt(listens, s)?.mapping.state !== 'pending'), 30_000);

const tracksByPlays = async () =>
  (
    (
      await request(app.server)
        .get('/api/v1/library/tracks')
        .query({ sortKey: 'playCount', sortDirection: 'desc' })
        .expect(200)
    ).body as LibraryTrackPage
  ).records;

const byPath = (tracks: LibraryTrackDto[], path: string) => tracks.find((track) => track.path === path)!;

it('maps listens after intake, resolving each song once, and counts plays on the library’s tracks', async () => {
  const spirit = await addTrack('Nirvana/spirit.mp3', 'Nirvana', 'Smells Like Teen Spirit (Remastered)', TEEN_SPIRIT);
  const nana = await addTrack('Polo & Pan/nana.mp3', 'Polo & Pan', 'Nanã', null);
  const tagged = await addTrack('Other/tagged.mp3', 'Somebody', 'Tagged', TAGGED);
  answers = { 'nirvana|smells like teen spirit': { kind: 'found', mbid: TEEN_SPIRIT.toUpperCase() } };
  asked.length = 0;

  await scrobble([
    [1_700_000_001, 'Nirvana', 'Smells Like Teen Spirit'],
    [1_700_000_002, 'NIRVANA', 'smells like teen spirit'],
    [1_700_000_003, 'Polo and Pan', 'Nana'],
    [1_700_000_004, 'Who Knows', 'What', { recording_mbid: TAGGED }],
    [1_700_000_005, 'Nobody', 'Nothing'],
  ]);
  const listens = await settled([1_700_000_001, 1_700_000_002, 1_700_000_003, 1_700_000_004, 1_700_000_005]);

  expect(listenAt(listens, 1_700_000_001)).toMatchObject({
    trackId: spirit.id,
    mapping: { state: 'mapped', recordingMbid: TEEN_SPIRIT, by: 'resolver' },
  });
  expect(listenAt(listens, 1_700_000_002)).toMatchObject({ trackId: spirit.id, mapping: { by: 'resolver' } });
  // No recording found, but the library holds the song under the same normalised artist and title.
  expect(listenAt(listens, 1_700_000_003)).toMatchObject({
    trackId: nana.id,
    mapping: { state: 'mapped', recordingMbid: null, by: 'none' },
  });
  expect(listenAt(listens, 1_700_000_004)).toMatchObject({
    trackId: tagged.id,
    mapping: { recordingMbid: TAGGED, by: 'submitted' },
  });
  expect(listenAt(listens, 1_700_000_005)).toMatchObject({ trackId: null, mapping: { state: 'unmapped' } });
  // One question per song, however it was spelled; none for the listen that carried its MBID.
  expect([...asked].sort()).toEqual(['nirvana|smells like teen spirit', 'nobody|nothing', 'polo and pan|nana']);

  const tracks = await tracksByPlays();
  // Equal counts: the earlier last play first, as every term after the sort key stays ascending.
  expect(tracks.map((track) => track.path)).toEqual(['Nirvana/spirit.mp3', 'Polo & Pan/nana.mp3', 'Other/tagged.mp3']);
  expect(byPath(tracks, 'Nirvana/spirit.mp3')).toMatchObject({
    playCount: 2,
    lastPlayedAt: new Date(1_700_000_002_000).toISOString(),
  });
  expect(byPath(tracks, 'Polo & Pan/nana.mp3')).toMatchObject({ playCount: 1 });

  // A warm cache: the same song again is mapped without asking.
  asked.length = 0;
  await scrobble([[1_700_000_010, 'Nirvana', 'Smells Like Teen Spirit (feat. Nobody)']]);
  await settled([1_700_000_010]);
  expect(asked).toEqual([]);
  expect(byPath(await tracksByPlays(), 'Nirvana/spirit.mp3').playCount).toBe(3);

  // A rescan of the file writes its row again: the plays stay.
  await app.app.get(LibraryIndex).upsert({ ...(await app.app.get(LibraryIndex).findById(spirit.id))!, playCount: 0 });
  expect(byPath(await tracksByPlays(), 'Nirvana/spirit.mp3').playCount).toBe(3);
});

it('keeps listens the providers could not answer for, and maps them on a later round', async () => {
  answers = { 'offline|song': { kind: 'unavailable' } };
  await scrobble([[1_700_000_100, 'Offline', 'Song']]);
  await pollUntil(
    () => Promise.resolve(asked.filter((q) => q === 'offline|song').length),
    (n) => n >= 1,
    30_000,
  );
  await app.app.get(ListenMapper).mapPending();
  expect(listenAt(await recent(), 1_700_000_100).mapping.state).toBe('pending');

  answers = { 'offline|song': { kind: 'found', mbid: TAGGED } };
  await app.app.get(ScheduledTasks).runNow('listen-mapping');
  expect(listenAt(await recent(), 1_700_000_100)).toMatchObject({
    trackId: expect.any(String),
    mapping: { state: 'mapped', recordingMbid: TAGGED, by: 'resolver' },
  });
});

it('links listens mapped before their track entered the library once it has', async () => {
  answers = {};
  await scrobble([[1_700_000_200, 'Later', 'Arrival']]);
  await settled([1_700_000_200]);
  expect(listenAt(await recent(), 1_700_000_200).trackId).toBeNull();

  const arrival = await addTrack('Later/arrival.mp3', 'Later', 'Arrival', null);
  await app.app.get(ListenMapper).mapPending();
  expect(listenAt(await recent(), 1_700_000_200).trackId).toBe(arrival.id);
  expect(byPath(await tracksByPlays(), 'Later/arrival.mp3').playCount).toBe(1);
});

it('counts plays per listener, most played or latest played first, and names a bad field', async () => {
  const kim = (await request(app.server).post('/api/v1/listeners').send({ name: 'Kim' }).expect(201))
    .body as ListenerDto;
  await request(app.publicUrl)
    .post('/listenbrainz/1/submit-listens')
    .set('Authorization', `Token ${kim.listenToken}`)
    .send({
      listen_type: 'single',
      payload: [{ listened_at: 1_700_000_300, track_metadata: { artist_name: 'Polo & Pan', track_name: 'Nanã' } }],
    })
    .expect(200);
  const nana = byPath(await tracksByPlays(), 'Polo & Pan/nana.mp3');
  await pollUntil(
    async () => byPath(await tracksByPlays(), 'Polo & Pan/nana.mp3').playCount,
    (n) => n === nana.playCount + 1 || n === 2,
    30_000,
  );
  const plays = async (query: Record<string, string>) =>
    (await request(app.server).get('/api/v1/listens/plays').query(query).expect(200)).body as {
      trackId: string;
      playCount: number;
      lastPlayedAt: string;
    }[];

  expect(await plays({ listenerId: kim.id })).toEqual([
    { trackId: nana.id, playCount: 1, lastPlayedAt: new Date(1_700_000_300_000).toISOString() },
  ]);
  const sams = await plays({ listenerId: listener.id });
  expect(sams[0]).toMatchObject({ playCount: 3, lastPlayedAt: new Date(1_700_000_010_000).toISOString() });
  expect(sams.find((play) => play.trackId === nana.id)).toMatchObject({ playCount: 1 });
  const everyone = await plays({ sort: 'lastPlayed' });
  expect(everyone[0]).toMatchObject({ trackId: nana.id, playCount: 2 });

  const refused = await request(app.server).get('/api/v1/listens/plays').query({ sort: 'loudest' }).expect(400);
  expect(JSON.stringify(refused.body)).toContain('sort must be one of playCount, lastPlayed');
});
