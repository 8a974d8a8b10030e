/** What an album request names: a MusicBrainz release, or an artist and album to search for. */
export type AlbumQuery = { kind: 'release'; releaseId: string } | { kind: 'search'; title: string; artist?: string };

const MBID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RELEASE_URL = /^https?:\/\/(?:[a-z]+\.)?musicbrainz\.org\/release\/([0-9a-f-]{36})(?:[/?#].*)?$/i;
// "Artist - Album", with a hyphen, en dash or em dash between spaces.
const ARTIST_ALBUM = /^(.+?)\s+[-–—]\s+(.+)$/;

/** A release id, a musicbrainz.org release URL, or free text ("Artist - Album", or just the album). */
export function parseAlbumQuery(query: string): AlbumQuery {
  const text = query.trim();
  if (MBID.test(text)) return { kind: 'release', releaseId: text.toLowerCase() };
  const url = RELEASE_URL.exec(text);
  if (url && MBID.test(url[1]!)) return { kind: 'release', releaseId: url[1]!.toLowerCase() };
  const parts = ARTIST_ALBUM.exec(text);
  if (parts) return { kind: 'search', artist: parts[1]!.trim(), title: parts[2]!.trim() };
  return { kind: 'search', title: text };
}

/** Lucene for MusicBrainz's release search: quoted phrases, so that words like AND stay words. */
export function buildReleaseQuery(query: { title: string; artist?: string }): string {
  const phrase = (text: string) => `"${text.replace(/(["\\])/g, '\\$1')}"`;
  const parts = [`release:${phrase(query.title)}`];
  if (query.artist) parts.push(`artist:${phrase(query.artist)}`);
  return parts.join(' AND ');
}
