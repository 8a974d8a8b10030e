import { Injectable } from '@nestjs/common';
import { PermanentError } from '@app/core';
import { MusicBrainzProvider, type ProviderArtist } from '@app/resolver';
import { AlbumRepository } from '../catalog/album.repository.js';
import { ArtistRepository } from '../catalog/artist.repository.js';
import { type AlbumResource, toLookupAlbumResource } from '../resources/album.resource.js';
import { type ArtistResource, toLookupArtistResource } from '../resources/artist.resource.js';
import { AlbumViews } from './album-views.service.js';
import { ArtistViews } from './artist-views.service.js';
import { parseLookupTerm } from './lookup-term.js';

/** `artist/lookup`, `album/lookup` and `search`: MusicBrainz answers, with catalog entries in place of known ones. */
@Injectable()
export class LookupService {
  constructor(
    private readonly musicbrainz: MusicBrainzProvider,
    private readonly artists: ArtistRepository,
    private readonly albums: AlbumRepository,
    private readonly artistViews: ArtistViews,
    private readonly albumViews: AlbumViews,
  ) {}

  async artistLookup(term: string): Promise<ArtistResource[]> {
    const parsed = parseLookupTerm(term);
    this.requireMusicBrainz();
    const found: ProviderArtist[] =
      parsed.kind === 'id'
        ? [await this.musicbrainz.lookupArtist(parsed.mbid)].filter((a): a is ProviderArtist => a !== undefined)
        : await this.musicbrainz.searchArtists(parsed.text);
    const known = new Map(
      (await this.artists.findByForeignIds(found.map((artist) => artist.id))).map((a) => [a.foreignArtistId, a]),
    );
    return Promise.all(
      found.map((artist) => {
        const entity = known.get(artist.id);
        return entity ? this.artistViews.one(entity) : toLookupArtistResource(artist);
      }),
    );
  }

  async albumLookup(term: string): Promise<AlbumResource[]> {
    const parsed = parseLookupTerm(term);
    if (parsed.kind === 'id') return this.albumViews.render(await this.albums.findByForeignIds([parsed.mbid]));
    this.requireMusicBrainz();
    const releases = await this.musicbrainz.searchReleases(`release:"${parsed.text.replace(/(["\\])/g, '\\$1')}"`);
    const groups = new Map<string, AlbumResource>();
    const known = new Map(
      (await this.albums.findByForeignIds(releases.flatMap((r) => (r.releaseGroupId ? [r.releaseGroupId] : [])))).map(
        (album) => [album.foreignAlbumId, album],
      ),
    );
    for (const release of releases) {
      const groupId = release.releaseGroupId;
      if (!groupId || groups.has(groupId)) continue;
      const entity = known.get(groupId);
      groups.set(
        groupId,
        entity
          ? (await this.albumViews.render([entity]))[0]!
          : toLookupAlbumResource({
              id: groupId,
              title: release.title,
              primaryType: release.primaryType,
              date: release.date,
            }),
      );
    }
    return [...groups.values()];
  }

  /** Answered at once (503, as Lidarr without its metadata server) rather than after the client's retries. */
  private requireMusicBrainz(): void {
    if (!this.musicbrainz.isEnabled()) {
      throw new PermanentError('MusicBrainz is off (TRUETRACK_MUSICBRAINZ_ENABLED=false); lookups need it');
    }
  }
}
