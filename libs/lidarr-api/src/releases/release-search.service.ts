import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@app/core';
import { SourceUrlPolicy } from '@app/platform';
import { DEFAULT_PROFILES, TorrentIndexers, offeredRelease, searchAlbumReleases } from '@app/torrents';
import { AlbumRepository } from '../catalog/album.repository.js';
import { ArtistRepository } from '../catalog/artist.repository.js';
import { ReleaseRepository } from '../catalog/release.repository.js';
import { ReleaseCache } from './release-cache.js';
import { type ReleaseResource, toReleaseResource } from './release.resource.js';

/** Lidarr's interactive search: every configured Torznab indexer asked for one album, releases ranked with reasons. */
@Injectable()
export class ReleaseSearch {
  constructor(
    private readonly albums: AlbumRepository,
    private readonly artists: ArtistRepository,
    private readonly releases: ReleaseRepository,
    private readonly indexers: TorrentIndexers,
    private readonly policy: SourceUrlPolicy,
    private readonly cache: ReleaseCache,
  ) {}

  async forAlbum(albumId: number): Promise<ReleaseResource[]> {
    const album = await this.albums.findById(albumId);
    if (!album) throw new NotFoundError(`Album with ID ${albumId} does not exist`);
    const artist = await this.artists.findById(album.artistId);
    const editions = await this.releases.ofAlbums([album.id]);
    // The chosen edition's tracks when there is one, else the first edition's: what the files are matched against.
    const edition = editions.find((r) => r.foreignReleaseId === album.chosenReleaseId) ?? editions[0];
    const tracks = edition ? await this.releases.tracksOf([edition.id]) : [];
    const target = {
      artist: artist?.name ?? '',
      title: album.title,
      trackCount: edition?.trackCount ?? tracks.length,
      durationSeconds: Math.round(tracks.reduce((sum, t) => sum + (t.durationMs ?? 0), 0) / 1000),
    };
    const enabled = await this.indexers.enabled();
    const indexers = enabled.map((i) => ({
      id: i.id,
      url: i.url,
      apiKey: i.apiKey,
      categories: i.categories,
      name: i.name,
      priority: i.priority,
    }));
    // Lidarr clients ask for any quality; the lossless-only profile is for requests that say so.
    const profile = DEFAULT_PROFILES.find((p) => p.name === 'Any')!;
    const result = await searchAlbumReleases(indexers, target, profile, this.policy);
    const view = { id: album.id, artistName: target.artist, title: album.title };
    const found = result.decisions.map((decision, i) => {
      const position = indexers.findIndex((indexer) => indexer.id === decision.candidate.indexer.id);
      return {
        resource: toReleaseResource(decision, i + 1, view, position + 1),
        release: decision.candidate.release,
        indexer: indexers[position]!,
        offered: offeredRelease(decision),
      };
    });
    this.cache.remember(found);
    return found.map((entry) => entry.resource);
  }
}
