// Listens the providers could not answer for, with the real resolver against the fake music world: kept pending
// while the providers fail, never cached as "no recording", and mapped by the scheduled round once they are back.
import request from 'supertest';
import type { ListenDto, ListenerDto } from '@app/contracts';
import { ListenMapper } from '@app/listening';
import { ScheduledTasks } from '@app/platform';
import { DEFAULT_SONGS, type WorldTarget } from '@app/testing';
import { type MusicWorldApp, startMusicWorldApp } from './support/music-world-app.js';

const SEARCHED: WorldTarget[] = ['musicbrainz', 'itunes', 'deezer', 'youtube_music'];
let app: MusicWorldApp;

beforeAll(async () => {
  app = await startMusicWorldApp({ listening: { mappingSchedule: null } });
});

afterAll(async () => {
  await app.close();
  await app.world.close();
});

it('keeps a listen pending while every provider fails, and maps it once they answer again', async () => {
  const song = DEFAULT_SONGS[0]!;
  const sam = (await request(app.server).post('/api/v1/listeners').send({ name: 'Sam' }).expect(201))
    .body as ListenerDto;
  for (const target of SEARCHED) app.world.failNext(target, 503, 10_000);
  await request(app.publicUrl)
    .post('/listenbrainz/1/submit-listens')
    .set('Authorization', `Token ${sam.listenToken}`)
    .send({
      listen_type: 'single',
      payload: [
        { listened_at: 1_700_000_000, track_metadata: { artist_name: song.artists[0], track_name: song.title } },
      ],
    })
    .expect(200);
  const recent = async () =>
    (
      (await request(app.server).get(`/api/v1/listens/recent?listenerId=${sam.id}`).expect(200)).body as ListenDto[]
    )[0]!;

  await app.app.get(ListenMapper).mapPending();
  expect(app.world.requests('musicbrainz')).toBeGreaterThan(0);
  expect((await recent()).mapping).toEqual({ state: 'pending', recordingMbid: null, by: null });

  for (const target of SEARCHED) app.world.failNext(target, 503, 0);
  await app.app.get(ScheduledTasks).runNow('listen-mapping');
  expect((await recent()).mapping).toEqual({ state: 'mapped', recordingMbid: song.recordingId, by: 'resolver' });
});
