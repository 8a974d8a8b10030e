import { LASTFM_GENRES, LASTFM_MOODS } from './lastfm-tag-vocabulary.js';

/** One tag as Last.fm's getTopTags lists it: a count from 0 to 100, relative to the top tag. */
export interface LastfmTopTag {
  name: string;
  count: number;
}

/** A Last.fm tag kept for a track: a genre or mood of the whitelist, and where its count came from. */
export interface MappedTag {
  name: string;
  kind: 'genre' | 'mood';
  count: number;
  from: 'track' | 'artist';
}

/** `Hip-Hop`, `hip hop` and ` HIP_HOP ` are one tag; `R&B` is `r and b`. */
export function normaliseTagName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[-_/\s]+/g, ' ')
    .trim();
}

/**
 * The whitelisted genres and moods among a track's and its artist's top tags with a count of at least
 * `minCount`. A track's own tag wins over the artist's; several spellings of one tag keep the highest count.
 * Sorted by count, then name.
 */
export function mapLastfmTags(track: LastfmTopTag[], artist: LastfmTopTag[], minCount: number): MappedTag[] {
  const kept = new Map<string, MappedTag>();
  const add = (tags: LastfmTopTag[], from: MappedTag['from']) => {
    for (const tag of tags) {
      if (!(tag.count >= minCount)) continue;
      const key = normaliseTagName(tag.name);
      const genre = LASTFM_GENRES[key];
      const mood = LASTFM_MOODS[key];
      const name = genre ?? mood;
      if (!name) continue;
      const kind = genre ? 'genre' : 'mood';
      const id = `${kind}:${name}`;
      const before = kept.get(id);
      if (before && ((before.from === 'track' && from === 'artist') || before.count >= tag.count)) continue;
      kept.set(id, { name, kind, count: tag.count, from });
    }
  };
  add(track, 'track');
  add(artist, 'artist');
  return [...kept.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
