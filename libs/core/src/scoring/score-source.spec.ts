import type { VersionMarker } from '../parsing/index.js';
import { DEFAULT_THRESHOLDS } from './decide.js';
import { scoreSource } from './score-source.js';
import { cleanSourceTitle } from './source-title.js';
import type { ScoreTarget, SourceCandidate } from './types.js';

const numb: ScoreTarget = { title: 'Numb', artists: ['Linkin Park'], durationMs: 187_000, versions: [] };
const source = (over: Partial<SourceCandidate>): SourceCandidate => ({
  provider: 'youtube',
  id: 'kXYiU_JCYtU',
  url: 'https://www.youtube.com/watch?v=kXYiU_JCYtU',
  title: 'Linkin Park - Numb',
  channel: 'Lyric Vibes',
  durationMs: 187_000,
  kind: 'unknown',
  ...over,
});
const distanceOf = (over: Partial<SourceCandidate>, target = numb) =>
  Math.round(scoreSource(target, source(over)).distance * 1000) / 1000;

describe('scoreSource: channel trust', () => {
  // Same title, artist and length everywhere: only the channel and the kind of upload differ.
  const ladder: [why: string, over: Partial<SourceCandidate>, distance: number, sentence: string][] = [
    [
      'the artist\'s "- Topic" channel',
      { title: 'Numb', channel: 'Linkin Park - Topic', kind: 'song' },
      0,
      "the artist's own channel 'Linkin Park - Topic'; an audio track",
    ],
    [
      'the official artist channel',
      { channel: 'Linkin Park', isOfficialArtistChannel: true, kind: 'video' },
      0.015,
      "the artist's official channel 'Linkin Park'; a video",
    ],
    [
      'a VEVO channel',
      { channel: 'LinkinParkVEVO', channelVerified: true, kind: 'video' },
      0.031,
      "channel 'LinkinParkVEVO' is named after the artist; a video",
    ],
    [
      'a channel named after the artist',
      { channel: 'Linkin Park', kind: 'unknown' },
      0.062,
      "channel 'Linkin Park' is named after the artist",
    ],
    [
      'a verified label channel',
      { channel: 'Warner Records', channelVerified: true, kind: 'video' },
      0.077,
      "verified channel 'Warner Records', not the artist's; a video",
    ],
    [
      'a lyric video upload',
      { title: 'Linkin Park - Numb (Lyrics)' },
      0.123,
      "channel 'Lyric Vibes' is not the artist's",
    ],
    ['no channel at all', { channel: undefined }, 0.123, 'no channel known'],
  ];

  it.each(ladder)('%s: distance %d', (_why, over, distance, sentence) => {
    const sut = scoreSource(numb, source(over));
    expect(Math.round(sut.distance * 1000) / 1000).toBe(distance);
    expect(sut.parts.find((p) => p.name === 'channel')?.sentence).toBe(sentence);
  });

  it('ranks a song before a video on the same channel', () => {
    const song = distanceOf({ title: 'Numb', channel: 'Linkin Park', kind: 'song' });
    const video = distanceOf({ title: 'Numb', channel: 'Linkin Park', kind: 'video' });
    expect(song).toBeLessThan(video);
  });

  it('trusts a "- Topic" channel only for its own artist', () => {
    const sut = scoreSource(numb, source({ title: 'Numb', channel: 'Someone Else - Topic', kind: 'song' }));
    expect(sut.reasons).toContain("channel 'Someone Else - Topic' belongs to another artist; an audio track");
    expect(sut.distance).toBeGreaterThan(DEFAULT_THRESHOLDS.mediumDistance);
  });
});

describe('scoreSource: reading the upload title', () => {
  it.each([
    ['Linkin Park - Numb (Official Audio)', 'Lyric Vibes'],
    ['Numb [Official Music Video] - Linkin Park', 'Lyric Vibes'],
    ['Linkin Park   Numb', 'Lyric Vibes'],
    ['LINKIN PARK - NUMB', 'Lyric Vibes'],
    ['Numb', 'Linkin Park'],
    ['Linkin Park - Numb [Monstercat Release]', 'Lyric Vibes'],
    ['Linkin Park - Numb #linkinpark #numb', 'Lyric Vibes'],
    ['Linkin Park - Numb - Free Copyright Music', 'Lyric Vibes'],
  ])('%j on %j matches title and artist', (title, channel) => {
    const sut = scoreSource(numb, source({ title, channel }));
    expect(sut.parts.filter((p) => p.name === 'title' || p.name === 'artist').map((p) => p.distance)).toEqual([0, 0]);
  });
});

describe('scoreSource: versions nobody asked for', () => {
  it.each([
    ['Linkin Park - Numb (Sped Up)', 150_000, "title says 'Sped Up', the request did not"],
    ['Nightcore - Numb', 150_000, "title says 'Nightcore', the request did not"],
    ['Linkin Park - Numb [1 Hour Loop]', 3_600_000, 'duration 1:00:00 vs 3:07 (56:53 longer)'],
    ['Linkin Park - Numb 10 hours', 36_000_000, 'duration 10:00:00 vs 3:07 (9:56:53 longer)'],
    ['Linkin Park - Numb (Extended Mix)', 300_000, 'duration 5:00 vs 3:07 (1:53 longer)'],
    ['Linkin Park - Numb [Bass Boosted]', 187_000, "title says 'Bass Boosted', the request did not"],
    ['Linkin Park - Numb (8D Audio)', 187_000, "title says '8D Audio', the request did not"],
    ['Linkin Park - Numb [Piano Remake]', 187_000, "title says 'Piano Remake', the request did not"],
    ['Linkin Park - Numb (Karaoke Version)', 187_000, "title says 'Karaoke', the request did not"],
    ['Numb - Linkin Park (Cover by Someone)', 187_000, "title says 'Cover', the request did not"],
  ])('%j (%d ms) scores low: %j', (title, durationMs, reason) => {
    const sut = scoreSource(numb, source({ title, durationMs }));
    expect(sut.distance).toBeGreaterThan(DEFAULT_THRESHOLDS.mediumDistance);
    expect(sut.reasons[0]).toBe(reason);
  });

  it('accepts a marker the request asks for', () => {
    const spedUp: VersionMarker = { kind: 'sped-up', text: 'sped up' };
    const target = { ...numb, durationMs: 150_000, versions: [spedUp] };
    expect(distanceOf({ title: 'Linkin Park - Numb (Sped Up)', durationMs: 150_000 }, target)).toBe(0.1);
  });
});

describe('cleanSourceTitle', () => {
  it.each([
    ['Abstrakt - Nobody Else [NCS Release] 1 hour', 'Abstrakt - Nobody Else', ['loop:1 hour']],
    ['Abstrakt - Nobody Else 1h [NCS Release]', 'Abstrakt - Nobody Else', ['loop:1h']],
    ['[ 1 Hours ] Abstrakt - Nobody Else [NCS Release]', 'Abstrakt - Nobody Else', ['loop:1 Hours']],
    ['Abstrakt  -  Nobody Else - NCS Release - Free Copyright Music', 'Abstrakt - Nobody Else', []],
    ['Abstrakt - Nobody Else #freeroyaltymusic #scs', 'Abstrakt - Nobody Else', []],
    ['Abstrakt - Nobody Else [Monstercat Remake]', 'Abstrakt - Nobody Else', ['remake:Monstercat Remake']],
    ['Abstrakt - Nobody Else [Bass Boosted]', 'Abstrakt - Nobody Else', ['bass-boosted:Bass Boosted']],
    ['Abstrakt - Nobody Else (Lyrics)', 'Abstrakt - Nobody Else (Lyrics)', []],
  ])('%j -> %j with %j', (title, text, markers) => {
    const sut = cleanSourceTitle(title, 'Nobody Else');
    expect({ text: sut.text, markers: sut.markers.map((m) => `${m.kind}:${m.text}`) }).toEqual({ text, markers });
  });

  it.each([
    ['Sky Ferreira - 24 Hours', '24 Hours'],
    ['Pearl Jam - Release', 'Release'],
    ['Wiz Khalifa - No Copyright', 'No Copyright'],
  ])('keeps %j when the wanted title is %j', (title, wanted) => {
    expect(cleanSourceTitle(title, wanted)).toEqual({ text: title, markers: [] });
  });
});
