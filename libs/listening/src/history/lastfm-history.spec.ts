import { readFileSync } from 'node:fs';
import { PermanentError } from '@app/core';
import { readRecentTracks } from './lastfm-history.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8'));

describe('readRecentTracks', () => {
  it('reads a real page: numbers as strings, names under #text, the duplicate item kept for the store to drop', () => {
    expect(readRecentTracks(fixture('lastfm-user.getrecenttracks.json'))).toEqual([
      {
        listenedAt: 1_583_223_398,
        artistName: 'Coldplay',
        trackName: 'Up&Up',
        releaseName: 'A Head Full Of Dreams',
        recordingMbid: '02b47acf-3bc5-47dc-a516-e8c2c95bc07b',
      },
      expect.objectContaining({ listenedAt: 1_583_222_465, artistName: 'Imagine Dragons', trackName: 'Believer' }),
      expect.objectContaining({ listenedAt: 1_583_222_465, artistName: 'Imagine Dragons', trackName: 'Believer' }),
    ]);
  });

  it('reads a single track given as an object, and skips the one playing now (no date)', () => {
    expect(readRecentTracks(fixture('lastfm-user.getrecenttracks.nowplaying-single.json'))).toEqual([]);
    const single = fixture('lastfm-user.getrecenttracks.nowplaying-single.json') as {
      recenttracks: { track: Record<string, unknown> };
    };
    delete single.recenttracks.track['@attr'];
    single.recenttracks.track['date'] = { uts: '1583223398', '#text': '03 Mar 2020, 08:16' };
    expect(readRecentTracks(single)).toEqual([
      { listenedAt: 1_583_223_398, artistName: 'Coldplay', trackName: 'Up&Up', releaseName: 'A Head Full Of Dreams' },
    ]);
  });

  it('turns an error body into a permanent error naming it', () => {
    expect(() => readRecentTracks(fixture('lastfm-error-17-private-user.json'))).toThrow(
      new PermanentError('Last.fm error 17: Login: User required to be logged in'),
    );
  });
});
