import { BodyReader } from '../http/body-reader.js';

/** What `POST /album` needs: the release group, and the artist by catalog id or MusicBrainz id. */
export interface AlbumInput {
  foreignAlbumId: string;
  artistId?: number;
  foreignArtistId?: string;
  monitored: boolean;
  searchForNewAlbum: boolean;
}

const MBID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readAlbumInput(body: unknown): AlbumInput {
  const reader = BodyReader.of(body);
  const foreignAlbumId = reader.string('foreignAlbumId', true)?.trim();
  if (foreignAlbumId && !MBID.test(foreignAlbumId)) {
    reader.fail('foreignAlbumId', 'must be a MusicBrainz release group id', foreignAlbumId);
  }
  const artistId = reader.int('artistId');
  const foreignArtistId = reader.object('artist')?.string('foreignArtistId')?.trim().toLowerCase();
  if (!artistId && !foreignArtistId)
    reader.fail('artistId', 'must name an artist (artistId or artist.foreignArtistId)');
  const input = {
    foreignAlbumId: foreignAlbumId?.toLowerCase() ?? '',
    ...(artistId ? { artistId } : {}),
    ...(foreignArtistId && { foreignArtistId }),
    monitored: reader.bool('monitored') ?? true,
    searchForNewAlbum: reader.object('addOptions')?.bool('searchForNewAlbum') ?? false,
  };
  reader.assertValid();
  return input;
}
