import { cassetteJson, recordedJson } from '../../../test/support/recorded-responses.js';
import {
  innertubeClientFor,
  isSearchAnswer,
  parseSearchAnswer,
  searchBody,
  searchPlan,
  searchText,
  WEB,
  WEB_REMIX,
  YTM_SONGS_PARAMS,
  YTM_VIDEOS_PARAMS,
} from './innertube.js';
import { largestThumbnail, parseClockDuration, parseViewCount } from './innertube-text.js';

describe('InnerTube requests', () => {
  it.each([
    ['https://music.youtube.com/youtubei/v1', WEB_REMIX],
    ['https://www.youtube.com/youtubei/v1', WEB],
    ['https://youtube.com/youtubei/v1', WEB],
    ['http://127.0.0.1:4000', WEB_REMIX],
    ['not a url', WEB_REMIX],
  ])('talks to %s as %o', (baseUrl, client) => {
    expect(innertubeClientFor(baseUrl)).toBe(client);
  });

  it('searches the ISRC first, then songs, then videos', () => {
    const query = { text: 'Abstrakt - Nobody Else', artist: 'Abstrakt', title: 'Nobody Else', isrc: 'gb-2ld-22-10007' };
    expect(searchPlan(query, WEB_REMIX)).toEqual([
      { query: 'GB2LD2210007' },
      { query: 'Abstrakt Nobody Else', params: YTM_SONGS_PARAMS },
      { query: 'Abstrakt Nobody Else', params: YTM_VIDEOS_PARAMS },
    ]);
  });

  it('searches once, unfiltered, on YouTube itself', () => {
    expect(searchPlan({ text: 'abstrakt - nobody else' }, WEB)).toEqual([{ query: 'abstrakt - nobody else' }]);
  });

  it.each([
    [
      'artist and title',
      { text: 'whatever', artist: ' Lost Identities ', title: 'Moments' },
      'Lost Identities Moments',
    ],
    ['the text only', { text: ' Lost Identities Moments ' }, 'Lost Identities Moments'],
    ['a title and no text', { text: '', title: 'Moments' }, 'Moments'],
    ['nothing', { text: ' ' }, ''],
  ])('searches for %s', (_case, query, expected) => {
    expect(searchText(query)).toBe(expected);
  });

  it('plans nothing for an empty query', () => {
    expect(searchPlan({ text: '' }, WEB_REMIX)).toEqual([]);
  });

  it('builds the body the YouTube Music web app posts', () => {
    expect(searchBody(WEB_REMIX, { query: 'Moments', params: YTM_SONGS_PARAMS })).toEqual({
      context: { client: { clientName: 'WEB_REMIX', clientVersion: '1.20240101.01.00', hl: 'en', gl: 'US' } },
      query: 'Moments',
      params: 'EgWKAQIIAWoMEAMQBBAJEA4QChAF',
    });
    expect(searchBody(WEB, { query: 'x' })).not.toHaveProperty('params');
  });

  it('parses each answer shape with its own parser', () => {
    expect(parseSearchAnswer(cassetteJson('ytmusic/spotdl_ytm_search_isrc_GB2LD2210007.yaml'))[0]?.url).toBe(
      'https://music.youtube.com/watch?v=nfyk-V5CoIE',
    );
    expect(parseSearchAnswer(recordedJson('youtube/spotdl_yt_search_abstrakt_nobody_else.search.json'))[0]?.url).toBe(
      'https://www.youtube.com/watch?v=bNXMlIogpXc',
    );
  });

  it.each([
    [{ contents: {} }, true],
    [{ continuationContents: {} }, true],
    [{ error: { code: 400 } }, false],
    [null, false],
    ['<html>', false],
  ])('tells whether %o is a search answer', (body, expected) => {
    expect(isSearchAnswer(body)).toBe(expected);
  });
});

describe('InnerTube text', () => {
  it.each([
    ['3:05', 185_000],
    ['0:59', 59_000],
    ['59:25', 3_565_000],
    ['1:00:49', 3_649_000],
    [' 2:43 ', 163_000],
  ])('reads the duration %s', (text, ms) => {
    expect(parseClockDuration(text)).toBe(ms);
  });

  it.each([['3:5'], ['2022'], ['3701 Wiedergaben'], ['LIVE'], [''], [undefined]])('sees no duration in %s', (text) => {
    expect(parseClockDuration(text)).toBeUndefined();
  });

  it.each([
    ['867,875 views', 867_875],
    ['909.011 Aufrufe', 909_011],
    ['3701\u00a0Wiedergaben', 3701],
    ['1\u00a0Mio.\u00a0Wiedergaben', 1_000_000],
    ['1,2 Mio. Aufrufe', 1_200_000],
    ['1.2M views', 1_200_000],
    ['867K views', 867_000],
    ['3.4B views', 3_400_000_000],
    ['2 Mrd. Aufrufe', 2_000_000_000],
    ['531 Aufrufe', 531],
    ['1 view', 1],
  ])('reads the count %s', (text, count) => {
    expect(parseViewCount(text)).toBe(count);
  });

  it.each([['No views'], ['Keine Aufrufe'], [''], [undefined]])('sees no count in %s', (text) => {
    expect(parseViewCount(text)).toBeUndefined();
  });

  it('picks the widest thumbnail', () => {
    expect(
      largestThumbnail([
        { url: 'small', width: 60 },
        { url: 'large', width: 544 },
        { url: 'middle', width: 120 },
        { width: 1000 },
      ]),
    ).toBe('large');
    expect(largestThumbnail(undefined)).toBeUndefined();
  });
});
