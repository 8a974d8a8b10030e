import { songKey } from './song-key.js';

/** A library track as mapping sees it. */
export interface LibraryTrackIdentity {
  id: string;
  artist: string | null;
  title: string | null;
  mbRecordingId: string | null;
}

/**
 * Which library track a listen was a play of: the one with its recording MBID, else the one with its normalised
 * artist and title. When several share a key, the first in the given order keeps it, so the answer is stable.
 */
export class LibraryMatches {
  private readonly byRecording = new Map<string, string>();
  private readonly bySong = new Map<string, string>();

  constructor(tracks: Iterable<LibraryTrackIdentity>) {
    for (const track of tracks) {
      const recording = track.mbRecordingId?.toLowerCase();
      if (recording && !this.byRecording.has(recording)) this.byRecording.set(recording, track.id);
      if (track.artist && track.title) {
        const key = songKey(track.artist, track.title);
        if (!this.bySong.has(key)) this.bySong.set(key, track.id);
      }
    }
  }

  trackOf(recordingMbid: string | null, key: string): string | null {
    return (recordingMbid && this.byRecording.get(recordingMbid)) || this.bySong.get(key) || null;
  }
}
