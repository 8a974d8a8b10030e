import { randomUUID } from 'node:crypto';
import type { ReadResult } from '@app/tagger';
import { intValue, isrcValue, mbidValue, shortText, textValue, withoutNul, yearOf } from './column-values.js';
import { LibraryTrackEntity } from './library-track.entity.js';

/** The facts of a file the index compares to tell whether it changed. */
export interface FileStat {
  size: number;
  mtimeMs: number;
}

/**
 * The index row of a file from what the TagReader read of it. A new id and `at` as both times: a caller
 * updating a known file keeps the row's id and creation time.
 */
export function fromReadResult(
  relativePath: string,
  stat: FileStat,
  read: ReadResult,
  hash: string | null,
  at = Date.now(),
): LibraryTrackEntity {
  const { metadata } = read.tags;
  const artists = (metadata.artists ?? []).map((name) => textValue(name)).filter((name) => name !== null);
  const albumArtists = (metadata.albumArtists ?? []).map((name) => textValue(name)).filter((name) => name !== null);
  return Object.assign(new LibraryTrackEntity(), {
    id: randomUUID(),
    path: relativePath,
    format: read.audio.format,
    codec: shortText(read.audio.codec, 32),
    bitrate: intValue(read.audio.bitrate),
    sampleRate: intValue(read.audio.sampleRate),
    durationMs: intValue(read.audio.durationMs),
    size: stat.size,
    mtime: Math.floor(stat.mtimeMs),
    contentHash: hash,
    xxhash64: null,
    missingSince: null,
    fingerprint: null,
    title: textValue(metadata.title),
    artist: textValue(metadata.artistCredit) ?? (artists.length ? artists.join('; ') : null),
    album: textValue(metadata.album),
    albumArtist: albumArtists.length ? albumArtists.join('; ') : null,
    trackNumber: intValue(metadata.trackNumber),
    discNumber: intValue(metadata.discNumber),
    year: yearOf(metadata.releaseDate) ?? yearOf(metadata.originalDate),
    tags: withoutNul(read.tags) as unknown as Record<string, unknown>,
    mbRecordingId: mbidValue(metadata.musicbrainz?.recordingId),
    mbReleaseId: mbidValue(metadata.musicbrainz?.releaseId),
    mbReleaseGroupId: mbidValue(metadata.musicbrainz?.releaseGroupId),
    mbArtistId: mbidValue(metadata.musicbrainz?.artistIds?.[0]),
    isrc: isrcValue(metadata.isrc),
    sourceUrl: textValue(read.tags.sourceUrl),
    jobId: null,
    hasCover: read.cover !== undefined,
    createdAt: at,
    updatedAt: at,
  });
}
