import type { NamingTemplateKind, TrackMetadata } from '@app/contracts';
import { normalizeForMatch } from '../parsing/index.js';
import { VARIOUS_ARTISTS } from './track-values.js';

/**
 * Which template names a track: `single` without an album or on a release typed Single (iTunes' "… - Single"
 * albums too), `compilation` when the release is flagged or typed as one or credited to Various Artists,
 * else `album`.
 */
export function chooseTemplateKind(metadata: TrackMetadata): NamingTemplateKind {
  const album = metadata.album?.trim();
  if (!album) return 'single';
  if (isCompilation(metadata)) return 'compilation';
  const single = /^single$/i.test(metadata.releaseType?.trim() ?? '') || /\s-\sSingle$/i.test(album);
  return single ? 'single' : 'album';
}

function isCompilation(metadata: TrackMetadata): boolean {
  if (metadata.compilation) return true;
  if (/\bcompilation\b/i.test(metadata.releaseType ?? '')) return true;
  const various = normalizeForMatch(VARIOUS_ARTISTS);
  return (metadata.albumArtists ?? []).some((artist) => normalizeForMatch(artist) === various);
}
