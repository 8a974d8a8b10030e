import { type FakeHandler, type FakeHttpServer, startFakeHttpServer } from '@app/testing';
import { MusicBrainzProvider } from '../src/providers/musicbrainz/musicbrainz.provider.js';
import { type ProviderHarness, providerHarness } from './support/provider-harness.js';

// Shaped like ws/2 answers about Rick Astley; trimmed to the fields TrueTrack reads.
const RICK = 'db92a151-1ac2-438b-bc43-b82e149ddd50';
const ARTIST = {
  id: RICK,
  name: 'Rick Astley',
  'sort-name': 'Astley, Rick',
  type: 'Person',
  'life-span': { ended: false },
};
const GROUP = '13e8a5d4-4b47-3a8d-9a44-8b2f36c46a5b';

describe('MusicBrainzProvider catalog requests over HTTP', () => {
  let fake: FakeHttpServer;
  let harness: ProviderHarness;

  async function start(handler: FakeHandler) {
    fake = await startFakeHttpServer(handler);
    harness = await providerHarness('musicbrainz', `${fake.url}/ws/2`);
    return new MusicBrainzProvider(harness.config, harness.http);
  }

  afterEach(async () => {
    await harness?.close();
    await fake?.close();
  });

  it('looks an artist up by id, and answers undefined for an id MusicBrainz does not know', async () => {
    const sut = await start((request) =>
      request.path.endsWith(RICK) ? { body: ARTIST } : { status: 404, body: { error: 'Not Found' } },
    );
    expect(await sut.lookupArtist(RICK)).toMatchObject({ id: RICK, name: 'Rick Astley', sortName: 'Astley, Rick' });
    expect(await sut.lookupArtist('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(fake.requests[0]?.path).toBe(`/ws/2/artist/${RICK}`);
    expect(Object.fromEntries(fake.requests[0]?.query ?? [])).toEqual({ fmt: 'json' });
  });

  it('searches artists by name', async () => {
    const sut = await start(() => ({ body: { count: 1, artists: [{ ...ARTIST, score: 100 }] } }));
    expect(await sut.searchArtists('Rick Astley')).toEqual([expect.objectContaining({ id: RICK, score: 1 })]);
    expect(await sut.searchArtists('   ')).toEqual([]);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.path).toBe('/ws/2/artist');
    expect(Object.fromEntries(fake.requests[0]?.query ?? [])).toEqual({
      query: 'Rick Astley',
      limit: '10',
      fmt: 'json',
    });
  });

  it("browses an artist's albums, EPs and singles", async () => {
    const body = {
      'release-group-count': 1,
      'release-groups': [{ id: GROUP, title: 'Whenever You Need Somebody', 'primary-type': 'Album' }],
    };
    const sut = await start(() => ({ body }));
    expect(await sut.browseReleaseGroups(RICK)).toEqual([
      { id: GROUP, title: 'Whenever You Need Somebody', primaryType: 'Album', secondaryTypes: [] },
    ]);
    expect(fake.requests[0]?.path).toBe('/ws/2/release-group');
    expect(Object.fromEntries(fake.requests[0]?.query ?? [])).toEqual({
      artist: RICK,
      type: 'album|ep|single',
      limit: '100',
      fmt: 'json',
    });
  });

  it("browses a release group's releases with their recordings", async () => {
    const release = {
      id: 'bf9e91ea-8029-4a04-a26a-224e00a83266',
      title: 'Whenever You Need Somebody',
      status: 'Official',
      media: [
        {
          position: 1,
          format: 'CD',
          tracks: [
            { id: 't1', title: 'Never Gonna Give You Up', recording: { id: 'r1', title: 'Never Gonna Give You Up' } },
          ],
        },
      ],
    };
    const sut = await start(() => ({ body: { 'release-count': 1, releases: [release] } }));
    const [found] = await sut.browseReleases(GROUP);
    expect(found?.media[0]?.tracks[0]).toMatchObject({ recordingId: 'r1', position: 1 });
    expect(fake.requests[0]?.path).toBe('/ws/2/release');
    expect(Object.fromEntries(fake.requests[0]?.query ?? [])).toEqual({
      'release-group': GROUP,
      inc: 'recordings+media+artist-credits+labels',
      limit: '100',
      fmt: 'json',
    });
  });
});
