import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeForMatch, splitArtists } from '@app/core';
import type { ProviderRecording } from '../../src/providers/provider-models.js';
import type { MetadataProvider, RecordingQuery } from '../../src/providers/provider.types.js';
import type { LabelledTitle } from './corpus.js';

/**
 * A catalogue around the real artist/title pairs of the match corpus: for each pair its original recording
 * (original album, length, ISRC) and the versions that make resolving hard — a live take, a karaoke version on a
 * karaoke album, a remix, a cover by another artist, and the original again on a compilation at a store.
 */
export interface ResolveCase {
  key: string;
  artist: string;
  title: string;
  /** The MusicBrainz id of the original recording: the right answer. */
  mbid: string;
  split: 'tuning' | 'holdout';
  /** A noisy video title of the pair from the match corpus. */
  noisy: string;
}

export interface ResolveWorld {
  cases: ResolveCase[];
  musicbrainz: ProviderRecording[];
  deezer: ProviderRecording[];
}

interface Pair {
  artist: string;
  title: string;
}

const uuid = (seed: string): string => {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const number = (seed: string, mod: number): number =>
  parseInt(createHash('sha1').update(seed).digest('hex').slice(0, 8), 16) % mod;

export function buildResolveWorld(root: string, corpus: readonly LabelledTitle[]): ResolveWorld {
  const pairs = readFileSync(join(root, 'libs/resolver/bench/corpus/artist-title-pairs.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Pair);
  const seen = new Set<string>();
  const cases: ResolveCase[] = [];
  const musicbrainz: ProviderRecording[] = [];
  const deezer: ProviderRecording[] = [];
  const coverArtists = pairs.map((p) => splitArtists(p.artist)[0] ?? p.artist);
  for (const pair of pairs) {
    // One song credited two ways ("A" and "A, B, C") is one song: keyed by its first artist.
    const artists = splitArtists(pair.artist);
    const key = `${normalizeForMatch(artists[0] ?? pair.artist)}|${normalizeForMatch(pair.title)}`;
    // The feat-credit family names a made-up featured artist for most pairs: no catalogue credits them.
    const row = corpus.find(
      (r) => r.part === 'generated' && r.family !== 'feat-credit' && r.artist === pair.artist && r.title === pair.title,
    );
    if (seen.has(key) || !row || (row.split !== 'tuning' && row.split !== 'holdout')) continue;
    seen.add(key);
    const lengthMs = 150_000 + number(`length:${key}`, 150_000);
    const isrc = `QZ${number(`isrc:${key}`, 10_000_000).toString().padStart(10, '0')}`;
    const mbid = uuid(`original:${key}`);
    const album = `${pair.title} (album of ${artists[0]})`;
    const original: ProviderRecording = {
      provider: 'musicbrainz',
      providerId: mbid,
      mbid,
      title: pair.title,
      artists,
      album,
      durationMs: lengthMs,
      isrc,
    };
    const cover = coverArtists[number(`cover:${key}`, coverArtists.length)]!;
    const coverBy = cover === artists[0] ? 'The Session Players' : cover;
    musicbrainz.push(
      original,
      {
        ...mb(`live:${key}`),
        title: pair.title,
        artists,
        album: `Live at the Forum`,
        durationMs: lengthMs + 21_000,
        disambiguation: 'live, 1998-06-12: The Forum',
      },
      {
        ...mb(`karaoke:${key}`),
        title: `${pair.title} (Karaoke Version)`,
        artists: ['Karaoke Hits Band'],
        album: 'Karaoke Hits, Vol. 7',
        durationMs: lengthMs + 2_000,
      },
      {
        ...mb(`remix:${key}`),
        title: `${pair.title} (Club Remix)`,
        artists,
        album: `${pair.title} (Remixes)`,
        durationMs: lengthMs + 95_000,
      },
      { ...mb(`cover:${key}`), title: pair.title, artists: [coverBy], album: 'Covered', durationMs: lengthMs - 7_000 },
    );
    deezer.push(
      {
        provider: 'deezer',
        providerId: String(number(`dz:${key}`, 1e9)),
        title: pair.title,
        artists,
        album,
        durationMs: lengthMs,
        isrc,
      },
      {
        provider: 'deezer',
        providerId: String(number(`dzc:${key}`, 1e9)),
        title: pair.title,
        artists,
        album: 'Now That’s What I Call Hits',
        durationMs: lengthMs + 1_000,
        isrc,
      },
      {
        provider: 'deezer',
        providerId: String(number(`dzk:${key}`, 1e9)),
        title: `${pair.title} (Karaoke Version)`,
        artists: ['Karaoke Hits Band'],
        album: 'Karaoke Hits, Vol. 7',
        durationMs: lengthMs + 2_000,
      },
    );
    cases.push({ key, artist: pair.artist, title: pair.title, mbid, split: row.split, noisy: row.input });
  }
  return { cases, musicbrainz, deezer };
}

function mb(seed: string): Pick<ProviderRecording, 'provider' | 'providerId' | 'mbid'> {
  const id = uuid(seed);
  return { provider: 'musicbrainz', providerId: id, mbid: id };
}

const words = (s: string): string[] => normalizeForMatch(s).split(' ').filter(Boolean);

/** One edit apart at most (Lucene's `word~1`). */
function near(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, y: string) => x.slice(i + 1) === y.slice(i + 1);
  return (
    rest(a, b) ||
    a.slice(i + 1) === b.slice(i) ||
    a.slice(i) === b.slice(i + 1) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
  );
}

const contains = (have: string[], wanted: string[], fuzzy: boolean): boolean =>
  wanted.every((w) => have.some((h) => (fuzzy && w.length >= 3 ? near(h, w) : h === w)));

/**
 * Search as MusicBrainz answers it: a fielded query (title and artist known) finds the recordings whose title
 * and credit contain those words, every one (`~1` when fuzzy lets one edit through per word); free text finds
 * recordings sharing words with it, the best first, down to half the best overlap.
 */
export function searchLike(recordings: readonly ProviderRecording[], query: RecordingQuery & { fuzzy?: boolean }) {
  if (query.title && query.artist) {
    const title = words(query.title);
    const artist = words(query.artist);
    return recordings.filter(
      (r) =>
        contains(words(r.title), title, query.fuzzy === true) &&
        contains(words(r.artists.join(' ')), artist, query.fuzzy === true),
    );
  }
  const wanted = [...new Set(words(query.text))];
  const scored = recordings
    .map((r) => {
      const have = words(`${r.title} ${r.artists.join(' ')}`);
      return {
        r,
        share:
          wanted.filter((w) => have.some((h) => (query.fuzzy && w.length >= 3 ? near(h, w) : h === w))).length /
          Math.max(1, wanted.length),
      };
    })
    .filter((s) => s.share > 0)
    .sort((a, b) => b.share - a.share);
  const best = scored[0]?.share ?? 0;
  return scored
    .filter((s) => s.share >= best / 2)
    .slice(0, 25)
    .map((s) => s.r);
}

export function memoryProvider(id: 'musicbrainz' | 'deezer', recordings: ProviderRecording[]): MetadataProvider {
  return {
    id,
    displayName: `${id} (in memory)`,
    capabilities: ['recording-search'],
    isEnabled: () => true,
    test: async () => ({ ok: true, message: 'in memory', latencyMs: 0 }),
    searchRecordings: async (query: RecordingQuery) => searchLike(recordings, query),
  };
}
