import { createHash } from 'node:crypto';
import type { FakeSong } from './fake-song.js';

/** A UUID that is always the same for the same seed, so catalog ids stay stable between runs. */
export function stableUuid(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A positive integer id (iTunes and Deezer number their entries) derived from a seed. */
export function stableNumber(seed: string): number {
  return parseInt(createHash('sha1').update(seed).digest('hex').slice(0, 8), 16) % 2_000_000_000;
}

/** A plausible ISRC (country, registrant, year, designation) derived from a seed. */
export function stableIsrc(seed: string): string {
  return `QZ${seed
    .replace(/[^a-z]/gi, '')
    .toUpperCase()
    .padEnd(3, 'X')
    .slice(0, 3)}24${String(stableNumber(seed) % 100_000).padStart(5, '0')}`;
}

/** An 11-character YouTube-style video id derived from a seed. */
export function stableVideoId(seed: string): string {
  return createHash('sha1').update(seed).digest('base64url').slice(0, 11);
}

interface SongFacts {
  key: string;
  title: string;
  artists: string[];
  album: string;
  releaseDate: string;
  trackNumber: number;
  durationSec: number;
  sources?: number;
  twin?: boolean;
  releaseType?: FakeSong['releaseType'];
}

/** A song with ids derived from its key; `sources` video ids are offered for it. */
export function fakeSong(facts: SongFacts): FakeSong {
  const { key, sources = 2, twin, ...rest } = facts;
  return {
    key,
    ...rest,
    recordingId: stableUuid(`recording:${key}`),
    releaseId: stableUuid(`release:${rest.album}`),
    releaseGroupId: stableUuid(`release-group:${rest.album}`),
    isrc: stableIsrc(key),
    videoIds: Array.from({ length: sources }, (_, i) => stableVideoId(`video:${key}:${i}`)),
    ...(twin && { twinRecordingId: stableUuid(`twin:${key}`) }),
  };
}

/**
 * The default catalog. "Lanterns" is in two titles, so that word alone is a vague request; "Echo Chamber Waltz"
 * has a twin recording at MusicBrainz (another release, same title, artist and length).
 */
export const DEFAULT_SONGS: readonly FakeSong[] = [
  fakeSong({
    key: 'lanterns',
    title: 'Paper Lanterns',
    artists: ['Nova Tide'],
    album: 'Harbour Lights',
    releaseDate: '2019-05-10',
    trackNumber: 3,
    durationSec: 4,
  }),
  fakeSong({
    key: 'water',
    title: 'Lanterns on the Water',
    artists: ['Elsa Marrow'],
    album: 'Low Tide Songs',
    releaseDate: '2016-09-02',
    trackNumber: 1,
    durationSec: 4,
  }),
  fakeSong({
    key: 'orchard',
    title: 'Glass Orchard',
    artists: ['The Quiet Engines'],
    album: 'Orchard',
    releaseDate: '2021-03-19',
    trackNumber: 7,
    durationSec: 5,
  }),
  fakeSong({
    key: 'copper',
    title: 'Copper Sky',
    artists: ['Mira Solen', 'Jonas Vale'],
    album: 'Weathervanes',
    releaseDate: '2022-11-04',
    trackNumber: 2,
    durationSec: 3,
  }),
  fakeSong({
    key: 'atlas',
    title: 'Teardrop Atlas',
    artists: ['Ivo Lark'],
    album: 'Cartography',
    releaseDate: '2018-01-26',
    trackNumber: 5,
    durationSec: 6,
    sources: 3,
  }),
  fakeSong({
    key: 'waltz',
    title: 'Echo Chamber Waltz',
    artists: ['Pale Harbor'],
    album: 'Rooms',
    releaseDate: '2020-07-17',
    trackNumber: 4,
    durationSec: 4,
    twin: true,
  }),
];

const WORDS = ['amber', 'basalt', 'cinder', 'delta', 'ember', 'fjord', 'granite', 'heron', 'indigo', 'juniper'];

/** `count` distinct songs with made-up titles and artists (for benchmarks), each 3 s long. */
export function makeFakeSongs(count: number): FakeSong[] {
  return Array.from({ length: count }, (_, i) => {
    const a = WORDS[i % WORDS.length]!;
    const b = WORDS[Math.floor(i / WORDS.length) % WORDS.length]!;
    const n = Math.floor(i / (WORDS.length * WORDS.length));
    const title = `${cap(a)} ${cap(b)} Song ${n + 1}`;
    return fakeSong({
      key: `bench-${i}`,
      title,
      artists: [`Bench Artist ${cap(b)} ${i}`],
      album: `Bench Album ${i}`,
      releaseDate: '2024-02-02',
      trackNumber: 1,
      durationSec: 3,
    });
  });
}

const cap = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/**
 * One song in three recordings: the studio original (the title track of its album), a live recording from a
 * concert album, and an acoustic session no release date is known for.
 */
export const VERSIONED_SONGS: readonly FakeSong[] = [
  fakeSong({
    key: 'crown-studio',
    title: 'Hollow Crown',
    artists: ['Marrow Lane'],
    album: 'Hollow Crown',
    releaseDate: '2003-03-25',
    trackNumber: 1,
    durationSec: 4,
  }),
  fakeSong({
    key: 'crown-live',
    title: 'Hollow Crown (Live in Madrid)',
    artists: ['Marrow Lane'],
    album: 'Live in Madrid',
    releaseDate: '2004-11-02',
    trackNumber: 6,
    durationSec: 5,
  }),
  fakeSong({
    key: 'crown-acoustic',
    title: 'Hollow Crown (Acoustic)',
    artists: ['Marrow Lane'],
    album: 'Radio Sessions',
    releaseDate: '',
    trackNumber: 2,
    durationSec: 3,
  }),
];

/**
 * An artist's releases over the years, for discography and "latest EP" requests: two albums, two EPs and a single,
 * the single newer than every EP (the newest EP is not the newest release).
 */
export const DISCOGRAPHY_SONGS: readonly FakeSong[] = [
  ['quiet-districts', 'Streetlamp Hymn', 'Quiet Districts', '2008-02-11', 'Album'],
  ['fog-lines', 'Fog Lines', 'Fog Lines', '2010-06-07', 'EP'],
  ['underpass', 'Concrete Rain', 'Underpass', '2012-10-01', 'Album'],
  ['tidal-static', 'Tidal Static', 'Tidal Static', '2019-03-22', 'EP'],
  ['last-train', 'Last Train', 'Last Train', '2021-12-03', 'Single'],
].map(([key, title, album, releaseDate, releaseType]) =>
  fakeSong({
    key: key!,
    title: title!,
    artists: ['Ash Meridian'],
    album: album!,
    releaseDate: releaseDate!,
    trackNumber: 1,
    durationSec: 4,
    releaseType: releaseType as FakeSong['releaseType'],
  }),
);
