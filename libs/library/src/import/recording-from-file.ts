import { basename, dirname } from 'node:path';
import { parseRequest, type RecordingCandidate } from '@app/core';
import type { ReadResult } from '@app/tagger';

/** How sure the identity of a file on disk is, and what it rests on, for the job's history. */
export interface FileIdentity {
  recording: RecordingCandidate;
  /** What the identity was read from: MusicBrainz ids in the tags, plain tags, or the file and folder names. */
  basis: 'musicbrainz-tags' | 'tags' | 'file-name';
  notes: string[];
}

/**
 * The recording a file on disk most likely is: its tags when they name a title and an artist, otherwise its file
 * name ("Artist - Title", "01 Title") with the folders above it as album and artist, as a music library is
 * usually laid out (`Artist/Album/01 Title.ext`).
 */
export function recordingFromFile(file: string, read: ReadResult): FileIdentity {
  const meta = read.tags.metadata;
  const durationMs = read.audio.durationMs;
  const common = {
    provider: 'file',
    providerId: file,
    durationMs,
    isrcs: meta.isrc ? [meta.isrc] : undefined,
    mbid: meta.musicbrainz.recordingId,
    releaseDate: meta.releaseDate,
    extra: {
      trackNumber: meta.trackNumber,
      discNumber: meta.discNumber,
      releaseId: meta.musicbrainz.releaseId,
      releaseGroupId: meta.musicbrainz.releaseGroupId,
      artistIds: meta.musicbrainz.artistIds,
    },
  };
  if (meta.title?.trim() && meta.artists.length) {
    const basis = meta.musicbrainz.recordingId ? 'musicbrainz-tags' : 'tags';
    return {
      recording: { ...common, title: meta.title.trim(), artists: meta.artists, album: meta.album },
      basis,
      notes: [
        basis === 'musicbrainz-tags' ? 'tags carry a MusicBrainz recording id' : 'title and artist from the tags',
      ],
    };
  }
  const parsed = parseRequest(basename(file));
  const albumFolder = basename(dirname(file));
  const artistFolder = basename(dirname(dirname(file)));
  const artists = meta.artists.length ? meta.artists : parsed.artists.length ? parsed.artists : [artistFolder];
  const title = meta.title?.trim() || parsed.title || parsed.cleaned || basename(file);
  const notes = [`title${parsed.artists.length ? ' and artist' : ''} from the file name`];
  if (!meta.artists.length && !parsed.artists.length) notes.push(`artist "${artistFolder}" from the folder name`);
  return {
    recording: { ...common, title, artists, album: meta.album ?? albumFolder },
    basis: 'file-name',
    notes,
  };
}
