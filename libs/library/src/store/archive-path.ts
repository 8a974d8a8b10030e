import type { TrackMetadata } from '@app/contracts';
import { displayArtist, joinSegments, UNKNOWN_ARTIST } from '@app/core';

/**
 * Where a track whose metadata could not be settled confidently goes: `<archive folder>/<Artist> - <Title>.<ext>`,
 * sanitised like every other path, so that it can be sorted by hand later.
 */
export function archivePath(
  metadata: Pick<TrackMetadata, 'title' | 'artists' | 'artistCredit'>,
  archiveFolder: string,
  extension: string,
): string {
  const artist = displayArtist(metadata) || UNKNOWN_ARTIST;
  const title = metadata.title.trim() || 'Unknown Title';
  return joinSegments([archiveFolder], `${artist} - ${title}`, extension);
}
