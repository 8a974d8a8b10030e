import type { FakeRequest, FakeResponse } from '../fake-http-server.js';
import type { FakeSong } from './fake-song.js';
import { matchSongs } from './word-match.js';

/*
 * InnerTube search answers on the shape of libs/resolver/test/fixtures/ytmusic/spotdl_ytm_search_lost_identities_moments.yaml:
 * tabbedSearchResultsRenderer → sectionListRenderer → musicShelfRenderer of musicResponsiveListItemRenderer rows, each
 * with the title column, the "Song • artists • album • duration" column and a plays column.
 */

/** The web client's videos filter: the fake offers songs only, so it finds nothing. */
const VIDEOS_PARAMS = 'EgWKAQIQAWoMEAMQBBAJEA4QChAF';

export function youtubeMusicAnswer(songs: readonly FakeSong[], request: FakeRequest): FakeResponse {
  let body: { query?: string; params?: string } = {};
  try {
    body = JSON.parse(request.body) as typeof body;
  } catch {
    return { status: 400, body: { error: { code: 400, message: 'Invalid JSON payload' } } };
  }
  const found = body.params === VIDEOS_PARAMS ? [] : matchSongs(songs, body.query ?? '');
  const rows = found.flatMap(({ song }) => song.videoIds.map((videoId, i) => row(song, videoId, i)));
  return { body: searchAnswer(rows) };
}

function searchAnswer(rows: unknown[]) {
  const shelf = { musicShelfRenderer: { title: { runs: [{ text: 'Songs' }] }, contents: rows } };
  const tab = {
    tabRenderer: {
      title: 'YT Music',
      selected: true,
      content: { sectionListRenderer: { contents: rows.length ? [shelf] : [] } },
    },
  };
  return { responseContext: { visitorData: 'loopback' }, contents: { tabbedSearchResultsRenderer: { tabs: [tab] } } };
}

const watchEndpoint = (videoId: string) => ({
  videoId,
  watchEndpointMusicSupportedConfigs: { watchEndpointMusicConfig: { musicVideoType: 'MUSIC_VIDEO_TYPE_ATV' } },
});

const browse = (text: string, id: string, pageType: string) => ({
  text,
  navigationEndpoint: {
    browseEndpoint: {
      browseId: id,
      browseEndpointContextSupportedConfigs: { browseEndpointContextMusicConfig: { pageType } },
    },
  },
});

/** One song row; later uploads of the same song have fewer plays. */
function row(song: FakeSong, videoId: string, index: number) {
  const artists = song.artists.flatMap((name, i) => [
    ...(i > 0 ? [{ text: ' & ' }] : []),
    browse(name, `UC${song.key}${i}`, 'MUSIC_PAGE_TYPE_ARTIST'),
  ]);
  const detail = [
    { text: 'Song' },
    { text: ' • ' },
    ...artists,
    { text: ' • ' },
    browse(song.album, `MPREb_${song.key}`, 'MUSIC_PAGE_TYPE_ALBUM'),
    { text: ' • ' },
    { text: `0:${String(song.durationSec).padStart(2, '0')}` },
  ];
  const column = (runs: unknown[]) => ({ musicResponsiveListItemFlexColumnRenderer: { text: { runs } } });
  return {
    musicResponsiveListItemRenderer: {
      thumbnail: {
        musicThumbnailRenderer: {
          thumbnail: { thumbnails: [{ url: `https://i.ytimg.invalid/${videoId}.jpg`, width: 120, height: 120 }] },
        },
      },
      overlay: {
        musicItemThumbnailOverlayRenderer: {
          content: { musicPlayButtonRenderer: { playNavigationEndpoint: { watchEndpoint: watchEndpoint(videoId) } } },
        },
      },
      flexColumns: [
        column([{ text: song.title, navigationEndpoint: { watchEndpoint: watchEndpoint(videoId) } }]),
        column(detail),
        column([{ text: `${Math.max(1, 900 - index * 300)}K plays` }]),
      ],
      playlistItemData: { videoId },
    },
  };
}
