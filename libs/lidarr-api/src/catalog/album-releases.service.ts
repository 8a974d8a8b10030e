import { Injectable } from '@nestjs/common';
import { MusicBrainzProvider } from '@app/resolver';
import { AlbumRepository } from './album.repository.js';
import type { LidarrAlbumEntity } from './lidarr-album.entity.js';
import type { LidarrReleaseEntity } from './lidarr-release.entity.js';
import { preferredRelease } from './preferred-release.js';
import { ReleaseRepository } from './release.repository.js';
import { toNewRelease } from './to-new-release.js';

/** An album's editions and track lists, read from MusicBrainz the first time they are needed. */
@Injectable()
export class AlbumReleases {
  constructor(
    private readonly musicbrainz: MusicBrainzProvider,
    private readonly albums: AlbumRepository,
    private readonly releases: ReleaseRepository,
  ) {}

  /** The album's releases, fetched when none are stored (or when `refresh`), with the chosen one remembered. */
  async ensure(album: LidarrAlbumEntity, refresh = false): Promise<LidarrReleaseEntity[]> {
    const stored = refresh ? [] : await this.releases.ofAlbums([album.id]);
    if (stored.length) return stored;
    const found = await this.musicbrainz.browseReleases(album.foreignAlbumId);
    await this.releases.replace(album.id, found.map(toNewRelease));
    const saved = await this.releases.ofAlbums([album.id]);
    const keep = saved.some((release) => release.foreignReleaseId === album.chosenReleaseId);
    const chosen = keep ? album.chosenReleaseId : (preferredRelease(saved)?.foreignReleaseId ?? null);
    if (chosen !== album.chosenReleaseId) await this.albums.save({ ...album, chosenReleaseId: chosen });
    album.chosenReleaseId = chosen;
    return saved;
  }
}
