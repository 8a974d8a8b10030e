import { cassette, cassetteJson } from '../../../test/support/recorded-responses.js';
import type { ProviderSource } from '../provider-models.js';
import type { Run } from './innertube-text.js';
import { dedupeSources, parseYtmSearch } from './ytmusic-search.parser.js';

const ISRC = 'ytmusic/spotdl_ytm_search_isrc_GB2LD2210007.yaml';
const MOMENTS = 'ytmusic/spotdl_ytm_search_lost_identities_moments.yaml';

const artist = (text: string): Run => ({
  text,
  navigationEndpoint: {
    browseEndpoint: {
      browseEndpointContextSupportedConfigs: {
        browseEndpointContextMusicConfig: { pageType: 'MUSIC_PAGE_TYPE_ARTIST' },
      },
    },
  },
});
const album = (text: string): Run => ({
  text,
  navigationEndpoint: {
    browseEndpoint: {
      browseEndpointContextSupportedConfigs: {
        browseEndpointContextMusicConfig: { pageType: 'MUSIC_PAGE_TYPE_ALBUM' },
      },
    },
  },
});
const dot: Run = { text: ' • ' };

/** A result row as the filtered (English) search answers print it. */
function row(videoId: string, details: Run[], videoType?: string) {
  const watchEndpoint = {
    videoId,
    watchEndpointMusicSupportedConfigs: { watchEndpointMusicConfig: { musicVideoType: videoType } },
  };
  return {
    musicResponsiveListItemRenderer: {
      flexColumns: [
        {
          musicResponsiveListItemFlexColumnRenderer: {
            text: { runs: [{ text: 'A title', navigationEndpoint: { watchEndpoint } }] },
          },
        },
        { musicResponsiveListItemFlexColumnRenderer: { text: { runs: details } } },
      ],
      playlistItemData: { videoId },
    },
  };
}

const parseRow = (details: Run[], videoType?: string): ProviderSource | undefined =>
  parseYtmSearch({ contents: [row('abcdefghijk', details, videoType)] })[0];

describe('YouTube Music search parser over recorded answers', () => {
  it('reads the ISRC search: its only result is the top card "Nobody Else · Abstrakt · 2:43"', () => {
    const [request] = cassette(ISRC);
    expect(JSON.parse(request?.request.body ?? '{}')).toMatchObject({ query: 'GB2LD2210007' });
    expect(parseYtmSearch(cassetteJson(ISRC))).toEqual([
      {
        provider: 'youtube_music',
        id: 'nfyk-V5CoIE',
        url: 'https://music.youtube.com/watch?v=nfyk-V5CoIE',
        title: 'Nobody Else',
        channel: 'Abstrakt',
        isTopicChannel: false,
        isOfficialArtistChannel: true,
        durationMs: 163_000,
        kind: 'song',
        viewCount: undefined,
        artists: ['Abstrakt'],
        album: 'Nobody Else',
        thumbnailUrl:
          'https://lh3.googleusercontent.com/YQwN5iBYKALg3yb9P6d4yRNT6-k1JsOt-8qQCb3Z_U-T2QZJbCsML2X65kS1hsLyxUERTDp-o3l8k3nYvw=w120-h120-l90-rj',
      },
    ]);
  });

  describe('the German "Lost Identities Moments" answer', () => {
    const sources = parseYtmSearch(cassetteJson(MOMENTS));
    const byId = (id: string) => sources.find((source) => source.id === id);

    it('lists every song and video once, top card first, and no album, playlist, artist or podcast', () => {
      expect(sources.map((source) => [source.id, source.kind])).toEqual([
        ['fxhzvHrTO2k', 'video'],
        ['wgpEmlJ3guA', 'song'],
        ['PVUe0rW8qkE', 'song'],
        ['0h6XAAwX8II', 'song'],
        ['r51FxWfnbh0', 'song'],
        ['14CjyUYO8lE', 'video'],
        ['GnKXjblvqOg', 'video'],
        ['EPwGkq2QZ8w', 'video'],
      ]);
    });

    it('reads the song "Moments" (0h6XAAwX8II, 3:40) with both artists and its plays', () => {
      expect(byId('0h6XAAwX8II')).toMatchObject({
        title: 'Moments',
        url: 'https://music.youtube.com/watch?v=0h6XAAwX8II',
        artists: ['Lost Identities', 'Robbie Rosen'],
        channel: 'Lost Identities',
        album: 'Moments',
        durationMs: 220_000,
        kind: 'song',
        viewCount: 1_000_000,
        isOfficialArtistChannel: true,
        isTopicChannel: false,
      });
    });

    it('reads the official video 14CjyUYO8lE as a video, with the "Aufrufe" count', () => {
      expect(byId('14CjyUYO8lE')).toMatchObject({
        title: 'Moments',
        kind: 'video',
        artists: ['Robbie Rosen', 'Lost Identities'],
        durationMs: 219_000,
        viewCount: 909_011,
        album: undefined,
      });
    });

    it('reads a fan upload: a user channel, no artists, not official', () => {
      expect(byId('GnKXjblvqOg')).toMatchObject({
        title: 'Lost Identities & Robbie Rosen - Moments (Lyrics)',
        channel: 'Lyrics Kart',
        artists: undefined,
        isOfficialArtistChannel: false,
        viewCount: 531,
        durationMs: 218_000,
      });
    });

    it('drops the "Video" label of the top card and keeps its view count', () => {
      expect(byId('fxhzvHrTO2k')).toMatchObject({
        artists: ['Robbie Rosen', 'Lost Identities'],
        viewCount: 32_894,
        durationMs: 221_000,
      });
    });

    it('keeps the distractors as the answer states them', () => {
      expect(byId('wgpEmlJ3guA')).toMatchObject({ title: 'Moments (Acoustic Version)', durationMs: 169_000 });
      // The answer links "Moments" as the artist and "Morning In Solace" as the album of "Those Lost".
      expect(byId('r51FxWfnbh0')).toMatchObject({ artists: ['Moments'], album: 'Morning In Solace' });
    });
  });

  it.each([
    [
      'filtered song row',
      [artist('Daft Punk'), dot, album('Discovery'), dot, { text: '3:45' }],
      'MUSIC_VIDEO_TYPE_ATV',
      {
        kind: 'song',
        artists: ['Daft Punk'],
        album: 'Discovery',
        durationMs: 225_000,
        isOfficialArtistChannel: true,
      },
    ],
    [
      'labelled song row',
      [{ text: 'Song' }, dot, artist('A'), { text: ' & ' }, artist('B'), dot, album('C'), dot, { text: '4:01' }],
      undefined,
      {
        kind: 'song',
        artists: ['A', 'B'],
        album: 'C',
        durationMs: 241_000,
      },
    ],
    [
      'labelled video row',
      [{ text: 'Video' }, dot, artist('Queen'), dot, { text: '1.2B views' }, dot, { text: '6:00' }],
      undefined,
      {
        kind: 'video',
        artists: ['Queen'],
        viewCount: 1_200_000_000,
        durationMs: 360_000,
      },
    ],
    [
      'row with unlinked artists',
      [{ text: 'Various Artists' }, dot, album('Hits'), dot, { text: '3:00' }],
      'MUSIC_VIDEO_TYPE_ATV',
      {
        kind: 'song',
        artists: ['Various Artists'],
        album: 'Hits',
        isOfficialArtistChannel: false,
      },
    ],
    [
      'Topic channel row',
      [{ text: 'Abstract & Logic - Topic' }, dot, { text: '5:04' }],
      'MUSIC_VIDEO_TYPE_UGC',
      {
        kind: 'video',
        channel: 'Abstract & Logic - Topic',
        isTopicChannel: true,
      },
    ],
  ])('reads a %s', (_case, details, videoType, expected) => {
    expect(parseRow(details as Run[], videoType)).toMatchObject(expected);
  });

  it.each([
    ['nothing', null],
    ['text', 'Before you continue to YouTube'],
    ['an empty answer', { contents: {} }],
    [
      'a podcast episode',
      { contents: [row('abcdefghijk', [{ text: 'Episode' }], 'MUSIC_VIDEO_TYPE_PODCAST_EPISODE')] },
    ],
    ['an album row', { contents: [row('', [{ text: 'Album' }, dot, artist('X'), dot, { text: '2022' }])] }],
  ])('finds no source in %s', (_case, body) => {
    expect(parseYtmSearch(body)).toEqual([]);
  });

  it('keeps the first of two sources with the same video id', () => {
    const first = { provider: 'youtube_music', id: 'a', url: 'u', title: 'first', kind: 'song' as const };
    const second = { ...first, title: 'second' };
    expect(dedupeSources([first, second]).map((source) => source.title)).toEqual(['first']);
  });
});
