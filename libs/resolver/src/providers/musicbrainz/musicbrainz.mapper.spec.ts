import { readFileSync } from 'node:fs';
import type { ProviderRecording } from '../provider-models.js';
import { creditedAs, mapIsrcLookup, mapRecording, mapRecordingSearch, pickBestRelease } from './musicbrainz.mapper.js';
import type { MbIsrcLookup, MbRecording, MbRecordingSearch, MbRelease } from './musicbrainz.types.js';

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../../test/fixtures/musicbrainz/${name}`, import.meta.url), 'utf8')) as T;

const byId = (recordings: ProviderRecording[], id: string): ProviderRecording => {
  const found = recordings.find((r) => r.providerId === id);
  if (!found) throw new Error(`no recording ${id}`);
  return found;
};

describe('mapRecordingSearch', () => {
  describe('"Smells Like Teen Spirit" within the Nevermind release group', () => {
    const sut = mapRecordingSearch(
      fixture<MbRecordingSearch>('fuzzbin_recording_search_smells_like_teen_spirit_rgid.json'),
    );

    it('keeps all 13 hits in MusicBrainz order', () => {
      expect(sut).toHaveLength(13);
      expect(sut.slice(0, 5).map((r) => r.providerId)).toEqual([
        '21d2ec78-f531-43ec-a81c-8c6d73e3cb6b',
        '6d70f7cd-c085-4ced-90d2-af0b7258cce5',
        'a227a9bd-ad64-47c9-bd5e-05a0222eba09',
        '5fb524f1-8cc8-4c04-a921-e34c0a911ea7',
        '3da16e5f-d50d-43a4-b35f-0e869afa0e01',
      ]);
    });

    it('maps the canonical album recording 5fb524f1', () => {
      const canonical = byId(sut, '5fb524f1-8cc8-4c04-a921-e34c0a911ea7');
      expect(canonical).toMatchObject({
        provider: 'musicbrainz',
        mbid: '5fb524f1-8cc8-4c04-a921-e34c0a911ea7',
        title: 'Smells Like Teen Spirit',
        artists: ['Nirvana'],
        durationMs: 301133,
        isrc: 'USGF19942501',
        isVideo: false,
        album: 'Nevermind',
        releaseDate: '1991-09-24',
        url: 'https://musicbrainz.org/recording/5fb524f1-8cc8-4c04-a921-e34c0a911ea7',
      });
      expect(canonical.disambiguation).toBeUndefined();
      expect(canonical.extra).toMatchObject({
        score: 100,
        releaseCount: 155,
        firstReleaseDate: '1991-09-10',
        artistCredit: 'Nirvana',
        artistIds: ['5b11f4ce-a62d-471e-81fc-a69a8278c7da'],
        releaseId: '006cb56d-6eff-4b7d-853f-ecd2db97f3b2',
        releaseGroupId: '1b022e01-4da6-387b-8658-8678046e4cef',
        primaryType: 'Album',
        secondaryTypes: [],
        releaseStatus: 'Official',
      });
    });

    // Same title, same artist, same score 100: only the video flag, the length and the note tell them apart.
    it.each([
      ['21d2ec78-f531-43ec-a81c-8c6d73e3cb6b', 285000, true, undefined],
      ['a227a9bd-ad64-47c9-bd5e-05a0222eba09', 180000, true, undefined],
      ['3da16e5f-d50d-43a4-b35f-0e869afa0e01', 278000, true, 'official music video'],
      ['6d70f7cd-c085-4ced-90d2-af0b7258cce5', 290000, false, 'live, Amsterdam, Netherlands'],
    ])('keeps what marks the distractor %s apart', (id, durationMs, isVideo, disambiguation) => {
      const hit = byId(sut, id);
      expect(hit).toMatchObject({ title: 'Smells Like Teen Spirit', durationMs, isVideo, extra: { score: 100 } });
      expect(hit.disambiguation).toBe(disambiguation);
    });

    it('reads a vinyl side as the track number', () => {
      expect(byId(sut, 'f561a381-5b69-4db4-9089-bbdc30dee35f').extra).toMatchObject({ trackNumber: 'F1' });
    });
  });

  describe('Seether "Gasoline"', () => {
    const sut = mapRecordingSearch(fixture<MbRecordingSearch>('fuzzbin_recording_search_seether_gasoline.json'));

    it('maps the original Disclaimer recording a2777238', () => {
      expect(byId(sut, 'a2777238-19e7-4cba-b66b-fd7c3441f29e')).toMatchObject({
        title: 'Gasoline',
        artists: ['Seether'],
        durationMs: 169000,
        isrc: 'USWU30200017',
        disambiguation: 'original Disclaimer version',
        album: 'Disclaimer',
        releaseDate: '2002-08-20',
        isVideo: false,
        extra: { trackNumber: '1', secondaryTypes: [], releaseStatus: 'Official', score: 100 },
      });
    });

    it('takes the first of several ISRCs (Disclaimer II re-recording 7829b554)', () => {
      expect(byId(sut, '7829b554-8a04-4ab5-988c-68a915604a83')).toMatchObject({
        isrc: 'USWV40400006',
        album: 'Disclaimer II',
        releaseDate: '2004-06-08',
      });
    });

    it('leaves out what MusicBrainz does not know', () => {
      expect(byId(sut, '92d6c0ee-1897-4ea2-9822-bbc35e6a67eb').durationMs).toBeUndefined();
      const noRelease = byId(sut, '107fbdf8-3310-41e6-aeb5-e9964fb75827');
      expect(noRelease).toMatchObject({ title: 'Gasoline (iTunes Original Version)', extra: { releaseCount: 0 } });
      expect(noRelease.album).toBeUndefined();
      expect(noRelease.extra).not.toHaveProperty('releaseId');
    });
  });

  it('maps an isrc: search (The Runner) whose only releases are compilations', () => {
    const sut = mapRecordingSearch(fixture<MbRecordingSearch>('fuzzbin_recording_search_isrc_the_runner.json'));
    expect(sut).toEqual([
      expect.objectContaining({
        providerId: 'e6778b36-3841-417b-af95-76323c43f665',
        title: 'The Runner',
        artists: ['Manfred Mann’s Earth Band'],
        durationMs: 222906,
        isrc: 'GBBXM8610012',
        album: 'The Complete Greatest Hits of Manfred Mann 1963–2003',
        releaseDate: '2003',
      }),
    ]);
    expect(sut[0]?.extra).toMatchObject({
      releaseId: 'a73e7adf-5cdb-4a8a-8ae5-63bf61f7b96b',
      secondaryTypes: ['Compilation'],
      trackNumber: '7',
      discNumber: 2,
    });
  });

  it('answers an empty list for an answer without recordings', () => {
    expect(mapRecordingSearch({ count: 0, offset: 0, recordings: [] })).toEqual([]);
    expect(mapRecordingSearch({})).toEqual([]);
  });
});

describe('mapRecording (lookups)', () => {
  it('picks the Nevermind album release of 5fb524f1 over the earlier single', () => {
    const sut = mapRecording(fixture<MbRecording>('fuzzbin_recording_lookup_5fb524f1_smells_like_teen_spirit.json'));
    expect(sut).toMatchObject({
      providerId: '5fb524f1-8cc8-4c04-a921-e34c0a911ea7',
      durationMs: 301133,
      album: 'Nevermind',
      releaseDate: '1991-09-24',
      isVideo: false,
    });
    // The same release as the search hit for this recording, though the lookup lists releases in another order.
    expect(sut.extra).toMatchObject({
      releaseId: '006cb56d-6eff-4b7d-853f-ecd2db97f3b2',
      releaseGroupId: '1b022e01-4da6-387b-8658-8678046e4cef',
      releaseCount: 25,
      firstReleaseDate: '1991-09-10',
    });
    expect(sut.extra).not.toHaveProperty('score');
  });

  it('maps a lookup without releases (Picard "Thinking Out Loud")', () => {
    const sut = mapRecording(fixture<MbRecording>('picard_recording.json'));
    expect(sut).toMatchObject({
      providerId: 'cb2cc207-8125-445c-9ef9-6ea44eee959a',
      title: 'Thinking Out Loud',
      artists: ['Ed Sheeran'],
      durationMs: 281000,
      isrc: 'GBAHS1400099',
      isVideo: false,
      extra: { artistIds: ['b8a7c51f-362c-4dcb-a259-bc6e0095f0a6'], releaseCount: 0 },
    });
    expect(sut.album).toBeUndefined();
    expect(sut.disambiguation).toBeUndefined();
  });
});

describe('mapIsrcLookup', () => {
  it('answers both recordings that share USGF19942501, each carrying the ISRC', () => {
    const sut = mapIsrcLookup(fixture<MbIsrcLookup>('fuzzbin_isrc_lookup_smells_like_teen_spirit.json'));
    expect(sut.map((r) => [r.providerId, r.title, r.durationMs, r.isrc])).toEqual([
      ['5fb524f1-8cc8-4c04-a921-e34c0a911ea7', 'Smells Like Teen Spirit', 301133, 'USGF19942501'],
      ['780825bf-3a65-4fc9-8668-c712b6670ce6', 'Smells Like Teen Spirit (remastered 2021)', 300893, 'USGF19942501'],
    ]);
  });
});

describe('creditedAs', () => {
  it('joins a real two-artist credit with its join phrase ("One Thing / Gasoline" split single)', () => {
    const search = fixture<MbRecordingSearch>('fuzzbin_recording_search_seether_gasoline.json');
    const split = search.recordings?.flatMap((r) => r.releases ?? []).find((r) => r.title === 'One Thing / Gasoline');
    expect(creditedAs(split?.['artist-credit'] ?? [])).toBe('Finger Eleven / Seether');
  });
});

describe('pickBestRelease', () => {
  const release = (id: string, over: Partial<MbRelease> & { type?: string; secondary?: string[] }): MbRelease => ({
    id,
    title: id,
    status: 'Official',
    date: '2000-01-01',
    ...over,
    'release-group': { id: `rg-${id}`, 'primary-type': over.type ?? 'Album', 'secondary-types': over.secondary ?? [] },
  });

  it.each([
    ['official over promotion', [release('a', { status: 'Promotion' }), release('b', { date: '2005' })], 'b'],
    ['album over an earlier single', [release('a', { type: 'Single', date: '1999' }), release('b', {})], 'b'],
    ['EP over single', [release('a', { type: 'Single' }), release('b', { type: 'EP' })], 'b'],
    ['studio over live', [release('a', { secondary: ['Live'], date: '1990' }), release('b', {})], 'b'],
    ['earlier date', [release('a', { date: '2001-05-01' }), release('b', { date: '2000-12-31' })], 'b'],
    ['full date over year-only', [release('a', { date: '2000' }), release('b', { date: '2000-06-01' })], 'b'],
    ['a date over none', [release('a', { date: null }), release('b', { date: '2020' })], 'b'],
    ['no edition note', [release('a', { disambiguation: 'club edition' }), release('b', {})], 'b'],
    ['lowest id on a full tie', [release('b', {}), release('a', {})], 'a'],
  ])('prefers %s', (_case, releases, expected) => {
    expect(pickBestRelease(releases)?.id).toBe(expected);
  });

  it('answers undefined without releases', () => {
    expect(pickBestRelease([])).toBeUndefined();
  });
});
