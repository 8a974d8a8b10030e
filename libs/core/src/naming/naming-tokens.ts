import type { TrackMetadata } from '@app/contracts';
import {
  discOf,
  displayAlbumArtist,
  displayArtist,
  isMultiDisc,
  known,
  padNumber,
  UNKNOWN_ARTIST,
  yearOf,
} from './track-values.js';

/** A token of a naming template and how it renders a track. */
export interface NamingToken {
  /** As written in a template, e.g. `{Album Title}`; matched case-insensitively. */
  token: string;
  description: string;
  /** Names one track, so that two tracks of a folder cannot get the same file name. */
  identifiesTrack?: true;
  /** The value, or '' when the track does not have it. */
  render(metadata: TrackMetadata): string;
}

const artist = (m: TrackMetadata) => displayArtist(m) || UNKNOWN_ARTIST;
const trackNumber = (width: number) => (m: TrackMetadata) => padNumber(m.trackNumber, width);
const mediumNumber = (width: number) => (m: TrackMetadata) => padNumber(discOf(m), width);

/** Every token, in the order the API lists them (Lidarr's names where Lidarr has one). */
export const NAMING_TOKENS: readonly NamingToken[] = [
  { token: '{Artist}', description: 'The credited track artist, e.g. "Linkin Park feat. Jay-Z"', render: artist },
  { token: '{Artist Name}', description: 'Same as {Artist}', render: artist },
  {
    token: '{Album Artist}',
    description: 'The album artist; "Various Artists" for compilations, the track artist when unknown',
    render: (m) => displayAlbumArtist(m) || UNKNOWN_ARTIST,
  },
  {
    token: '{Album Title}',
    description: 'The album, "Unknown Album" when unknown',
    render: (m) => known(m.album) || 'Unknown Album',
  },
  {
    token: '{Track Title}',
    description: 'The track title',
    identifiesTrack: true,
    render: (m) => known(m.title) || 'Unknown Title',
  },
  {
    token: '{Release Year}',
    description: 'Year of this release; left out with the brackets around it when unknown',
    render: (m) => yearOf(m.releaseDate),
  },
  {
    token: '{Original Year}',
    description: 'Year of the first release of the album, else the release year',
    render: (m) => yearOf(m.originalDate) || yearOf(m.releaseDate),
  },
  { token: '{track:0}', description: 'Track number: 1, 12', render: trackNumber(1) },
  { token: '{track:00}', description: 'Track number, two digits: 01, 12', render: trackNumber(2) },
  { token: '{track:000}', description: 'Track number, three digits: 001, 012', render: trackNumber(3) },
  { token: '{Medium}', description: 'Disc number: 1, 2', render: mediumNumber(1) },
  { token: '{medium:0}', description: 'Same as {Medium}', render: mediumNumber(1) },
  { token: '{medium:00}', description: 'Disc number, two digits: 01, 02', render: mediumNumber(2) },
  {
    token: '{Medium Prefix}',
    description: 'The disc number and a dash ("2-") on releases with more than one disc, else nothing',
    render: (m) => (isMultiDisc(m) ? `${discOf(m)}-` : ''),
  },
  { token: '{Medium Total}', description: 'How many discs the release has', render: (m) => padNumber(m.discTotal, 1) },
  { token: '{Track Total}', description: 'How many tracks the disc has', render: (m) => padNumber(m.trackTotal, 1) },
  {
    token: '{Genre}',
    description: 'The first genre, "Unknown Genre" when unknown',
    render: (m) => m.genres?.map(known).find(Boolean) || 'Unknown Genre',
  },
  { token: '{Label}', description: 'The record label', render: (m) => known(m.label) },
  { token: '{ISRC}', description: "The recording's ISRC", render: (m) => known(m.isrc) },
  {
    token: '{MusicBrainz Recording Id}',
    description: 'The MusicBrainz recording id',
    identifiesTrack: true,
    render: (m) => known(m.musicbrainz.recordingId),
  },
  {
    token: '{Release Type}',
    description: 'Album, Single, EP, Compilation…',
    render: (m) => known(m.releaseType),
  },
];

/** The lookup key of a token: lower case, single spaces, no spaces around `:`. */
export function tokenKey(inner: string): string {
  return inner.toLowerCase().replace(/\s+/g, ' ').replace(/ ?: ?/g, ':').trim();
}

const BY_KEY = new Map(NAMING_TOKENS.map((t) => [tokenKey(t.token.slice(1, -1)), t]));

/** The token written as `{inner}` (braces excluded), whatever its case and spacing. */
export function findToken(inner: string): NamingToken | undefined {
  return BY_KEY.get(tokenKey(inner));
}
