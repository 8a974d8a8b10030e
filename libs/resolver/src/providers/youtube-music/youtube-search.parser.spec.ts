import { cassetteJson, recordedJson } from '../../../test/support/recorded-responses.js';
import { isYoutubeSearch, parseYoutubeSearch } from './youtube-search.parser.js';

const SEARCH = 'youtube/spotdl_yt_search_abstrakt_nobody_else.search.json';
const PLAYER = 'youtube/spotdl_yt_search_abstrakt_nobody_else.player_video_details.json';

interface PlayerDetails {
  videoDetails: { videoId: string; title: string; author: string; lengthSeconds: string };
}

describe('YouTube search parser over the recorded "abstrakt - nobody else" answer', () => {
  const sources = parseYoutubeSearch(recordedJson(SEARCH));
  const byId = (id: string) => sources.find((source) => source.id === id);
  const player = recordedJson<PlayerDetails[]>(PLAYER);

  it('recognises the answer as YouTube web, and YouTube Music answers as not', () => {
    expect(isYoutubeSearch(recordedJson(SEARCH))).toBe(true);
    expect(isYoutubeSearch(cassetteJson('ytmusic/spotdl_ytm_search_isrc_GB2LD2210007.yaml'))).toBe(false);
  });

  it('lists the direct results only, in page order: the 22 videos the recording then asked the player for', () => {
    expect(sources.map((source) => source.id)).toEqual(player.map((entry) => entry.videoDetails.videoId));
  });

  it('reads durations that agree with the player to the second', () => {
    for (const { videoDetails } of player) {
      const parsed = byId(videoDetails.videoId)?.durationMs ?? Number.NaN;
      expect(Math.abs(parsed - Number(videoDetails.lengthSeconds) * 1000)).toBeLessThanOrEqual(1000);
    }
  });

  it('reads bNXMlIogpXc (162 s) as the search shows it: a title translated to Polish, on a verified channel', () => {
    expect(byId('bNXMlIogpXc')).toEqual({
      provider: 'youtube_music',
      id: 'bNXMlIogpXc',
      url: 'https://www.youtube.com/watch?v=bNXMlIogpXc',
      title: 'Streszczenie - Nikt inny | Przyszła pułapka | NCS — muzyka wolna od praw autorskich',
      channel: 'NoCopyrightSounds',
      channelVerified: true,
      isTopicChannel: false,
      isOfficialArtistChannel: false,
      durationMs: 162_000,
      kind: 'video',
      viewCount: 867_875,
      artists: undefined,
      thumbnailUrl:
        'https://i.ytimg.com/vi/bNXMlIogpXc/hq720.jpg?sqp=-oaymwEXCNAFEJQDSFryq4qpAwkIARUAAIhCGAE=&rs=AOn4CLANMjYoIT06N5wGhsLywj5sVMDIig',
    });
  });

  it('reads a Topic channel upload as a song by the channel artist', () => {
    expect(byId('NmTC3IyZxOI')).toMatchObject({
      channel: 'Abstract & Logic - Topic',
      isTopicChannel: true,
      kind: 'song',
      artists: ['Abstract & Logic'],
      durationMs: 304_000,
      viewCount: 19_957,
    });
  });

  it.each([
    ['G09RJIOL-ZI', 'Abstrakt - Nobody Else [NCS Release] 1 hour', 3_565_000],
    ['rzqGz52Pg3A', '[ 1 Hours ] Abstrakt - Nobody Else [NCS Release]', 3_649_000],
    ['l1OAS1Sopjg', 'Abstrakt - Nobody Else - Extended Version', 595_000],
    ['35lVNCz9HCA', 'Abstrakt - Nobody Else [Monstercat Remake]', 163_000],
  ])('keeps the distractor %s "%s" (%i ms)', (id, title, durationMs) => {
    expect(byId(id)).toMatchObject({ title, durationMs, kind: 'video' });
  });

  it('trims channel names and tells verified channels from unverified ones', () => {
    expect(byId('bOZ_JX3bhyE')).toMatchObject({ channel: 'Tunes Musical', channelVerified: false });
    expect(byId('thWqTWOL_sw')).toMatchObject({ channel: 'Bass Boost', channelVerified: true });
  });

  it('marks an official artist channel from its badge', () => {
    const body = {
      contents: {
        twoColumnSearchResultsRenderer: {
          primaryContents: {
            sectionListRenderer: {
              contents: [
                {
                  itemSectionRenderer: {
                    contents: [
                      {
                        videoRenderer: {
                          videoId: 'abcdefghijk',
                          title: { runs: [{ text: 'Nobody Else' }] },
                          ownerText: { runs: [{ text: 'Abstrakt' }] },
                          ownerBadges: [{ metadataBadgeRenderer: { style: 'BADGE_STYLE_TYPE_VERIFIED_ARTIST' } }],
                          lengthText: { simpleText: '2:43' },
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        },
      },
    };
    expect(parseYoutubeSearch(body)).toEqual([
      expect.objectContaining({ channelVerified: true, isOfficialArtistChannel: true, artists: ['Abstrakt'] }),
    ]);
  });

  it.each([
    ['nothing', null],
    ['a YouTube Music answer', cassetteJson('ytmusic/spotdl_ytm_search_isrc_GB2LD2210007.yaml')],
    ['an empty answer', { contents: { twoColumnSearchResultsRenderer: {} } }],
  ])('finds no video in %s', (_case, body) => {
    expect(parseYoutubeSearch(body)).toEqual([]);
  });
});
