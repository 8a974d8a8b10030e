/**
 * Everything the tagger writes, as settled by MATCHING_METADATA (or read back from a file on import).
 * Optional fields are left out when no provider knew them.
 */
export interface TrackMetadata {
  title: string;
  /** Every credited artist, in credit order; the tagger also writes them joined as the display string. */
  artists: string[];
  /** The display string as credited ("A feat. B"); when absent the artists are joined with "; ". */
  artistCredit?: string;
  album?: string;
  albumArtists?: string[];
  /** Release date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  releaseDate?: string;
  /** First release date of the release group, same format. */
  originalDate?: string;
  trackNumber?: number;
  trackTotal?: number;
  discNumber?: number;
  discTotal?: number;
  genres?: string[];
  isrc?: string;
  label?: string;
  compilation?: boolean;
  /** Release type as MusicBrainz names it (Album, Single, EP, Compilation…); picks the naming template. */
  releaseType?: string;
  musicbrainz: {
    recordingId?: string;
    releaseTrackId?: string;
    releaseId?: string;
    releaseGroupId?: string;
    artistIds?: string[];
    albumArtistIds?: string[];
  };
  coverUrl?: string;
  lyrics?: { plain?: string; synced?: string };
  /** Which provider the facts come from. */
  source: string;
}
