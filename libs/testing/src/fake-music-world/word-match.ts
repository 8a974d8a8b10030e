import type { FakeSong } from './fake-song.js';

/** Lucene field names, operators and filler words: none of them says which song is meant. */
const IGNORED = new Set(['and', 'or', 'not', 'recording', 'artist', 'track', 'the', 'a', 'an', 'of', 'on', 'to']);

export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !IGNORED.has(word));
}

export interface SongMatch {
  song: FakeSong;
  /** Share of the query's words found in the song's title and artists, 0..1. */
  score: number;
}

/**
 * The songs a search finds, best first: those sharing words with the query, keeping only the ones at least half
 * as good as the best. "Artist - Title" thus finds one song; a word two titles share finds both.
 */
export function matchSongs(songs: readonly FakeSong[], query: string): SongMatch[] {
  const isrc = query
    .replace(/^isrc:/i, '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
  const byIsrc = songs.filter((song) => song.isrc === isrc);
  if (byIsrc.length) return byIsrc.map((song) => ({ song, score: 1 }));
  const wanted = [...new Set(wordsOf(query))];
  if (wanted.length === 0) return [];
  const scored = songs
    .map((song) => {
      const have = new Set(wordsOf(`${song.title} ${song.artists.join(' ')}`));
      return { song, score: wanted.filter((word) => have.has(word)).length / wanted.length };
    })
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.score ?? 0;
  return scored.filter((match) => match.score >= best / 2);
}
