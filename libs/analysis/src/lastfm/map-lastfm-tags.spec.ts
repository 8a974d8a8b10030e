import { readFileSync } from 'node:fs';
import { type LastfmTopTag, mapLastfmTags, normaliseTagName } from './map-lastfm-tags.js';

const fixture = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../test/fixtures/lastfm/${name}`, import.meta.url), 'utf8')) as {
      toptags: { tag: LastfmTopTag[] };
    }
  ).toptags.tag;

const paranoidAndroid = fixture('lastfm-track.gettoptags.json');
const cher = fixture('lastfm-artist.gettoptags.json');

describe('normaliseTagName', () => {
  it.each([
    ['Hip-Hop', 'hip hop'],
    [' HIP_HOP ', 'hip hop'],
    ['R&B', 'r and b'],
    ['Drum & Bass', 'drum and bass'],
    ['Progressive rock', 'progressive rock'],
  ])('%j becomes %j', (name, expected) => {
    expect(normaliseTagName(name)).toBe(expected);
  });
});

describe('mapLastfmTags', () => {
  it('keeps the whitelisted genres and moods of a recorded track answer at or above the count', () => {
    expect(mapLastfmTags(paranoidAndroid, [], 10).map((t) => `${t.kind}:${t.name}=${t.count}`)).toEqual([
      'genre:alternative=100',
      'genre:alternative rock=87',
      'genre:rock=69',
      'genre:indie=48',
      'genre:experimental=18',
      'genre:indie rock=16',
      'genre:britpop=12',
      'genre:electronic=12',
      'mood:epic=11',
      'genre:progressive rock=11',
    ]);
  });

  it('leaves out artist names, decades, places and praise', () => {
    const names = mapLastfmTags(paranoidAndroid, cher, 1).map((t) => t.name);
    for (const noise of ['radiohead', '90s', 'british', 'favorites', 'seen live', 'cher', 'female vocalists', '80s']) {
      expect(names).not.toContain(noise);
    }
  });

  it('adds the artist’s tags under the track’s, the track’s count winning for a tag both have', () => {
    const tags = mapLastfmTags(paranoidAndroid, cher, 30);
    expect(tags).toEqual([
      { name: 'alternative', kind: 'genre', count: 100, from: 'track' },
      { name: 'pop', kind: 'genre', count: 100, from: 'artist' },
      { name: 'alternative rock', kind: 'genre', count: 87, from: 'track' },
      { name: 'rock', kind: 'genre', count: 69, from: 'track' },
      { name: 'dance', kind: 'genre', count: 49, from: 'artist' },
      { name: 'indie', kind: 'genre', count: 48, from: 'track' },
    ]);
  });

  it('keeps the highest count when spellings of one tag meet', () => {
    const tags = mapLastfmTags(
      [
        { name: 'melancholy', count: 20 },
        { name: 'Melancholic', count: 35 },
        { name: 'Hip Hop', count: 40 },
        { name: 'rap', count: 60 },
      ],
      [],
      15,
    );
    expect(tags).toEqual([
      { name: 'hip-hop', kind: 'genre', count: 60, from: 'track' },
      { name: 'melancholic', kind: 'mood', count: 35, from: 'track' },
    ]);
  });

  it('keeps nothing below the count', () => {
    expect(mapLastfmTags(paranoidAndroid, cher, 101)).toEqual([]);
  });
});
