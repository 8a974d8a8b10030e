import type { TrackMetadata } from '@app/contracts';
import { cleanNameText } from './sanitize-segment.js';

export const UNKNOWN_ARTIST = 'Unknown Artist';
export const VARIOUS_ARTISTS = 'Various Artists';

/** The value trimmed, or '' when no name could be made of it (blank, only dots, only refused characters). */
export function known(value: string | undefined): string {
  return cleanNameText(value ?? '').replace(/[.\s]/g, '') ? (value ?? '').trim() : '';
}

/** The credited artist as tags show it: the credit string, else every artist joined with "; ". */
export function displayArtist(metadata: Pick<TrackMetadata, 'artists' | 'artistCredit'>): string {
  return known(metadata.artistCredit) || metadata.artists.map(known).filter(Boolean).join('; ');
}

export function displayAlbumArtist(metadata: TrackMetadata): string {
  const albumArtists = (metadata.albumArtists ?? []).map(known).filter(Boolean);
  if (albumArtists.length) return albumArtists.join('; ');
  return metadata.compilation ? VARIOUS_ARTISTS : displayArtist(metadata);
}

/** `2003` from `2003`, `2003-03` or `2003-03-25`; empty when there is no year. */
export function yearOf(date: string | undefined): string {
  return /^\s*(\d{4})/.exec(date ?? '')?.[1] ?? '';
}

/** A track or disc number, zero-padded to `width` digits; empty when unknown. */
export function padNumber(value: number | undefined, width: number): string {
  return value !== undefined && Number.isSafeInteger(value) && value >= 0 ? String(value).padStart(width, '0') : '';
}

/** The disc number, 1 when not known: every release has at least one medium. */
export function discOf(metadata: TrackMetadata): number {
  const disc = metadata.discNumber;
  return disc !== undefined && Number.isSafeInteger(disc) && disc > 0 ? disc : 1;
}

export function isMultiDisc(metadata: TrackMetadata): boolean {
  return (metadata.discTotal ?? 0) > 1 || discOf(metadata) > 1;
}
