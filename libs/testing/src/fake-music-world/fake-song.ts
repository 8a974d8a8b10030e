/** One song of the fake music world, with the ids every provider reports for it. */
export interface FakeSong {
  /** Short id used by tests, e.g. 'lanterns'. */
  key: string;
  title: string;
  artists: string[];
  album: string;
  releaseDate: string;
  recordingId: string;
  releaseId: string;
  releaseGroupId: string;
  /** The release group's primary type at MusicBrainz; `Album` unless said. */
  releaseType?: 'Album' | 'EP' | 'Single';
  isrc: string;
  trackNumber: number;
  durationSec: number;
  /** YouTube sources offered for it, best first. */
  videoIds: string[];
  /**
   * A second MusicBrainz recording of the song (another release, the same title, artists, length and ISRC):
   * MusicBrainz then answers two equally good recordings for it.
   */
  twinRecordingId?: string;
}
