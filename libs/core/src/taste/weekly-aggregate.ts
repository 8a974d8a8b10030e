import { diversity } from './diversity.js';
import { type Mood, MOODS, moodOf, type TasteVector } from './taste-axes.js';
import { round, weightedMean, weightedSpread } from './vectors.js';

/** One listen of a week, with what is known of the track it was a play of. */
export interface WeekPlay {
  /** The library track, once mapping found one. */
  trackId: string | null;
  artist: string;
  title: string;
  durationMs: number | null;
  tags: string[];
  /** The track's taste axes, when it has been analysed. */
  vector: TasteVector | null;
}

export interface TrackPlays {
  trackId: string;
  artist: string;
  title: string;
  plays: number;
}

/** A listener's week in figures. */
export interface WeeklyAggregate {
  listens: number;
  /** Minutes of the listens whose length is known. */
  minutes: number;
  distinctTracks: number;
  distinctArtists: number;
  /** 0..1 entropy of plays over artists and over tags (see `diversity`). */
  artistDiversity: number;
  tagDiversity: number;
  /** Listens of analysed tracks: the ones the axes below are measured on. */
  analysedListens: number;
  /** Mean and standard deviation of each taste axis over the analysed listens; null without any. */
  means: number[] | null;
  spreads: number[] | null;
  topTags: { tag: string; count: number }[];
  /** Analysed listens per mood. */
  moods: Record<Mood, number>;
  /** The most played library tracks of the week. */
  topTracks: TrackPlays[];
}

const TOP_TAGS = 10;
const TOP_TRACKS = 25;

export function aggregateWeek(plays: WeekPlay[]): WeeklyAggregate {
  const artists = new Map<string, number>();
  const tags = new Map<string, number>();
  const tracks = new Set<string>();
  const library = new Map<string, TrackPlays>();
  const vectors: TasteVector[] = [];
  const moods = Object.fromEntries(MOODS.map((m) => [m, 0])) as Record<Mood, number>;
  let ms = 0;
  for (const play of plays) {
    const artist = play.artist.trim().toLowerCase();
    bump(artists, artist);
    for (const tag of new Set(play.tags.map((t) => t.trim().toLowerCase()).filter(Boolean))) bump(tags, tag);
    tracks.add(play.trackId ?? `${artist}\u0000${play.title.trim().toLowerCase()}`);
    ms += play.durationMs ?? 0;
    if (play.trackId) {
      const seen = library.get(play.trackId);
      if (seen) seen.plays++;
      else library.set(play.trackId, { trackId: play.trackId, artist: play.artist, title: play.title, plays: 1 });
    }
    if (play.vector) {
      vectors.push(play.vector);
      moods[moodOf(play.vector)]++;
    }
  }
  const means = weightedMean(vectors);
  return {
    listens: plays.length,
    minutes: round(ms / 60_000, 1),
    distinctTracks: tracks.size,
    distinctArtists: artists.size,
    artistDiversity: round(diversity(artists.values())),
    tagDiversity: round(diversity(tags.values())),
    analysedListens: vectors.length,
    means: means && means.map((m) => round(m)),
    spreads: means && weightedSpread(vectors, means).map((s) => round(s)),
    topTags: top(tags, TOP_TAGS).map(([tag, count]) => ({ tag, count })),
    moods,
    topTracks: [...library.values()]
      .sort((a, b) => b.plays - a.plays || a.trackId.localeCompare(b.trackId))
      .slice(0, TOP_TRACKS),
  };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function top(map: Map<string, number>, n: number): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}
