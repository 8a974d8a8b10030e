import type { MixLineRecording, TrackMetadata } from '@app/contracts';
import { splitArtists } from '@app/core';

/** What a part's tags are written from: its line, and the library track or recording the line resolved to. */
export interface PartSource {
  line: {
    artist: string;
    title: string;
    label: string | null;
    unidentified: boolean;
    recordingId: string | null;
    recordings: MixLineRecording[] | null;
  };
  /** The library track the line is (in the library, or picked by a person). */
  track?: {
    title: string | null;
    artist: string | null;
    album: string | null;
    year: number | null;
    isrc: string | null;
    mbRecordingId: string | null;
    mbReleaseId: string | null;
    mbReleaseGroupId: string | null;
    mbArtistId: string | null;
    tags: Record<string, unknown> | null;
  };
}

/**
 * The tags of one part: the library track's own metadata when the line is in the library, the resolver's
 * recording when one was settled on, else the line's text. Each part is tagged as its own recording; its link
 * to the mix is kept in the index (mix_part), not in its tags.
 */
export function partTags({ line, track }: PartSource): TrackMetadata {
  if (track) return fromLibraryTrack(track, line.title);
  const recording = line.recordingId ? line.recordings?.find((r) => r.recordingId === line.recordingId) : undefined;
  if (recording) {
    return {
      title: recording.title,
      artists: [recording.artist],
      ...(recording.album ? { album: recording.album } : {}),
      ...(recording.releaseDate ? { releaseDate: recording.releaseDate } : {}),
      musicbrainz: { recordingId: recording.recordingId },
      source: 'musicbrainz',
    };
  }
  const artists = line.unidentified || !line.artist.trim() ? [] : splitArtists(line.artist);
  return {
    title: line.unidentified ? 'ID' : line.title,
    artists,
    ...(artists.length > 1 ? { artistCredit: line.artist } : {}),
    ...(line.label ? { label: line.label } : {}),
    musicbrainz: {},
    source: 'tracklist',
  };
}

function fromLibraryTrack(track: NonNullable<PartSource['track']>, lineTitle: string): TrackMetadata {
  const stored = (track.tags?.['metadata'] ?? undefined) as Partial<TrackMetadata> | undefined;
  const artists = stored?.artists?.length ? stored.artists : track.artist ? [track.artist] : [];
  const musicbrainz = {
    ...(track.mbRecordingId ? { recordingId: track.mbRecordingId } : {}),
    ...(track.mbReleaseId ? { releaseId: track.mbReleaseId } : {}),
    ...(track.mbReleaseGroupId ? { releaseGroupId: track.mbReleaseGroupId } : {}),
    ...(track.mbArtistId ? { artistIds: [track.mbArtistId] } : {}),
    ...stored?.musicbrainz,
  };
  const releaseDate = stored?.releaseDate ?? (track.year ? String(track.year) : undefined);
  return {
    title: stored?.title ?? track.title ?? lineTitle,
    artists,
    ...(stored?.artistCredit ? { artistCredit: stored.artistCredit } : {}),
    ...((stored?.album ?? track.album) ? { album: stored?.album ?? track.album! } : {}),
    ...(stored?.albumArtists?.length ? { albumArtists: stored.albumArtists } : {}),
    ...(releaseDate ? { releaseDate } : {}),
    ...(stored?.originalDate ? { originalDate: stored.originalDate } : {}),
    ...(stored?.genres?.length ? { genres: stored.genres } : {}),
    ...((stored?.isrc ?? track.isrc) ? { isrc: stored?.isrc ?? track.isrc! } : {}),
    ...(stored?.label ? { label: stored.label } : {}),
    musicbrainz,
    source: 'library',
  };
}
