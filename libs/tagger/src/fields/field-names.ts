import type { TextField } from './tag-values.js';

/*
 * Field names follow MusicBrainz Picard's tag mapping, so Picard, beets, Navidrome, Jellyfin and Plex read
 * what TrueTrack writes. The source URL has no Picard name: ID3 has WOAS ("official audio source webpage");
 * Vorbis comments and MP4 use WWWAUDIOSOURCE, the name Mp3tag and Kid3 give to WOAS in those formats.
 */

/** Vorbis comment keys (Ogg Vorbis, Opus, FLAC); track/disc numbers and the flag are written beside these. */
export const VORBIS_FIELDS: Record<TextField, string> = {
  title: 'TITLE',
  artist: 'ARTIST',
  artists: 'ARTISTS',
  albumArtist: 'ALBUMARTIST',
  albumArtists: 'ALBUMARTISTS',
  album: 'ALBUM',
  date: 'DATE',
  originalDate: 'ORIGINALDATE',
  genre: 'GENRE',
  isrc: 'ISRC',
  label: 'LABEL',
  releaseType: 'RELEASETYPE',
  musicbrainzRecordingId: 'MUSICBRAINZ_TRACKID',
  musicbrainzReleaseTrackId: 'MUSICBRAINZ_RELEASETRACKID',
  musicbrainzReleaseId: 'MUSICBRAINZ_ALBUMID',
  musicbrainzReleaseGroupId: 'MUSICBRAINZ_RELEASEGROUPID',
  musicbrainzArtistId: 'MUSICBRAINZ_ARTISTID',
  musicbrainzAlbumArtistId: 'MUSICBRAINZ_ALBUMARTISTID',
  replayGainTrackGain: 'REPLAYGAIN_TRACK_GAIN',
  replayGainTrackPeak: 'REPLAYGAIN_TRACK_PEAK',
  lyrics: 'LYRICS',
  sourceUrl: 'WWWAUDIOSOURCE',
};

export const VORBIS_NUMBER_FIELDS = {
  trackNumber: 'TRACKNUMBER',
  trackTotal: 'TRACKTOTAL',
  discNumber: 'DISCNUMBER',
  discTotal: 'DISCTOTAL',
  compilation: 'COMPILATION',
  /** Older spellings still read. */
  trackTotalAlias: 'TOTALTRACKS',
  discTotalAlias: 'TOTALDISCS',
  /** Opus only: the gain opusfile applies (see r128TrackGain). */
  r128TrackGain: 'R128_TRACK_GAIN',
} as const;

/**
 * ID3v2 frames in mutagen's key style: a frame id, `TXXX:<description>`, or `UFID:<owner>`. TDRC and TDOR
 * become TYER/TDAT and TORY in ID3v2.3; USLT is written with language `XXX` (unknown) and no description.
 */
export const ID3_FIELDS: Record<TextField, string> = {
  title: 'TIT2',
  artist: 'TPE1',
  artists: 'TXXX:ARTISTS',
  albumArtist: 'TPE2',
  albumArtists: 'TXXX:ALBUMARTISTS',
  album: 'TALB',
  date: 'TDRC',
  originalDate: 'TDOR',
  genre: 'TCON',
  isrc: 'TSRC',
  label: 'TPUB',
  releaseType: 'TXXX:MusicBrainz Album Type',
  musicbrainzRecordingId: 'UFID:http://musicbrainz.org',
  musicbrainzReleaseTrackId: 'TXXX:MusicBrainz Release Track Id',
  musicbrainzReleaseId: 'TXXX:MusicBrainz Album Id',
  musicbrainzReleaseGroupId: 'TXXX:MusicBrainz Release Group Id',
  musicbrainzArtistId: 'TXXX:MusicBrainz Artist Id',
  musicbrainzAlbumArtistId: 'TXXX:MusicBrainz Album Artist Id',
  replayGainTrackGain: 'TXXX:REPLAYGAIN_TRACK_GAIN',
  replayGainTrackPeak: 'TXXX:REPLAYGAIN_TRACK_PEAK',
  lyrics: 'USLT',
  sourceUrl: 'WOAS',
};

export const ID3_NUMBER_FRAMES = { track: 'TRCK', disc: 'TPOS', compilation: 'TCMP' } as const;

const ITUNES = '----:com.apple.iTunes:';

/** MP4 atoms: the iTunes ones (`©nam`…) or freeform `----:com.apple.iTunes:<name>` items. */
export const MP4_FIELDS: Record<TextField, string> = {
  title: '©nam',
  artist: '©ART',
  artists: `${ITUNES}ARTISTS`,
  albumArtist: 'aART',
  albumArtists: `${ITUNES}ALBUMARTISTS`,
  album: '©alb',
  date: '©day',
  originalDate: `${ITUNES}ORIGINALDATE`,
  genre: '©gen',
  isrc: `${ITUNES}ISRC`,
  label: `${ITUNES}LABEL`,
  releaseType: `${ITUNES}MusicBrainz Album Type`,
  musicbrainzRecordingId: `${ITUNES}MusicBrainz Track Id`,
  musicbrainzReleaseTrackId: `${ITUNES}MusicBrainz Release Track Id`,
  musicbrainzReleaseId: `${ITUNES}MusicBrainz Album Id`,
  musicbrainzReleaseGroupId: `${ITUNES}MusicBrainz Release Group Id`,
  musicbrainzArtistId: `${ITUNES}MusicBrainz Artist Id`,
  musicbrainzAlbumArtistId: `${ITUNES}MusicBrainz Album Artist Id`,
  replayGainTrackGain: `${ITUNES}REPLAYGAIN_TRACK_GAIN`,
  replayGainTrackPeak: `${ITUNES}REPLAYGAIN_TRACK_PEAK`,
  lyrics: '©lyr',
  sourceUrl: `${ITUNES}WWWAUDIOSOURCE`,
};

/** A freeform MP4 key split into its mean and name; undefined for a plain atom. */
export function splitFreeform(key: string): { mean: string; name: string } | undefined {
  const match = /^----:([^:]+):(.+)$/.exec(key);
  return match ? { mean: match[1]!, name: match[2]! } : undefined;
}
