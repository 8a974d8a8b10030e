/** The text fields TrueTrack writes, named once; each format maps them to its own keys (see field-names.ts). */
export const TEXT_FIELDS = [
  'title',
  'artist',
  'artists',
  'albumArtist',
  'albumArtists',
  'album',
  'date',
  'originalDate',
  'genre',
  'isrc',
  'label',
  'releaseType',
  'musicbrainzRecordingId',
  'musicbrainzReleaseTrackId',
  'musicbrainzReleaseId',
  'musicbrainzReleaseGroupId',
  'musicbrainzArtistId',
  'musicbrainzAlbumArtistId',
  'replayGainTrackGain',
  'replayGainTrackPeak',
  'lyrics',
  'sourceUrl',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface NumberPair {
  number?: number;
  total?: number;
}

/** Tags flattened to what every format can hold: text values, two number pairs and one flag. */
export interface TagValues {
  text: Partial<Record<TextField, string[]>>;
  track?: NumberPair;
  disc?: NumberPair;
  compilation?: boolean;
}

/** The first non-empty value of a field. */
export function firstText(values: TagValues, field: TextField): string | undefined {
  return values.text[field]?.find((value) => value !== '');
}
