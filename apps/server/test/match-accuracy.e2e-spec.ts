// Match correctness end to end: POST /api/v1/resolve against the fake music world (MusicBrainz, iTunes, Deezer
// and YouTube Music on loopback, answering about the same songs). Vague, noisy and misspelt requests are decided
// without asking; a request whose only close matches are a live take and a karaoke version asks.
import request from 'supertest';
import type { ResolveResultDto } from '@app/contracts';
import { DEFAULT_SONGS, type FakeSong, makeFakeSongs } from '@app/testing';
import { type MusicWorldApp, startMusicWorldApp } from './support/music-world-app.js';

const [liveIds, karaokeIds] = makeFakeSongs(2);
const LIVE_TAKE: FakeSong = {
  ...liveIds!,
  key: 'harbour-live',
  title: 'Harbour Lights (Live at the Roundhouse)',
  artists: ['Nova Tide'],
  album: 'Live at the Roundhouse',
};
const KARAOKE: FakeSong = {
  ...karaokeIds!,
  key: 'harbour-karaoke',
  title: 'Harbour Lights (Karaoke Version)',
  artists: ['Karaoke Hits Band'],
  album: 'Karaoke Hits, Vol. 7',
};

let app: MusicWorldApp;

beforeAll(async () => {
  app = await startMusicWorldApp({}, { songs: [...DEFAULT_SONGS.map((song) => ({ ...song })), LIVE_TAKE, KARAOKE] });
});

afterAll(async () => {
  await app.close();
});

const resolve = async (query: string): Promise<ResolveResultDto> =>
  (await request(app.server).post('/api/v1/resolve').send({ query }).expect(200)).body as ResolveResultDto;

describe('POST /api/v1/resolve on the fake music world', () => {
  it.each([
    ['vague', 'glass orchard quiet engines', 'orchard'],
    ['vague', 'paper lanterns nova tide', 'lanterns'],
    ['noisy', 'The Quiet Engines - Glass Orchard (Official Music Video) [HD]', 'orchard'],
    ['noisy', 'B2. Ivo Lark - Teardrop Atlas [dream pop] (2018)', 'atlas'],
    ['noisy', 'Elsa Marrow【Lanterns on the Water】', 'water'],
    ['noisy', 'Ivo Lark - Teardrop Atlas (Clip Officiel).mp3', 'atlas'],
    ['misspelt', 'The Quiet Engines - Glass Orchrd', 'orchard'],
    ['misspelt', 'Ivo Lrak - Teardrop Atlas', 'atlas'],
    ['misspelt', 'Elsa Marow - Lanterns on the Water', 'water'],
  ])('decides a %s request, %j, without asking', async (_kind, query, key) => {
    const body = await resolve(query);
    expect(body.decision.level).toBe('strong');
    expect(body.candidates[0]?.recording).toMatchObject({ mbid: app.world.song(key).recordingId });
  });

  it('says which misspelt word it read differently', async () => {
    const body = await resolve('The Quiet Engines - Glass Orchrd');
    expect(body.decision.reason).toContain("read 'orchrd' as 'orchard' (one letter off)");
  });

  it('asks when the only close matches are a live take and a karaoke version', async () => {
    const body = await resolve('Nova Tide - Harbour Lights');
    expect(body.decision.level).not.toBe('strong');
    const reasons = body.candidates.flatMap((c) => c.reasons);
    expect(reasons).toContain("title says 'Live', the request did not");
    expect(reasons).toContain("title says 'Karaoke', the request did not");
  });
});
