import { Injectable } from '@nestjs/common';
import { LidarrValidationError } from '../http/lidarr-validation.error.js';
import { AlbumSearcher } from './album-searcher.service.js';
import { AlbumRepository } from './album.repository.js';
import type { AlbumInput } from './album-input.js';
import { ArtistCatalog } from './artist-catalog.service.js';
import { ArtistRepository } from './artist.repository.js';
import { BackgroundTasks } from './background-tasks.js';
import type { LidarrAlbumEntity } from './lidarr-album.entity.js';
import type { LidarrArtistEntity } from './lidarr-artist.entity.js';

/** `POST /album`: one album, with its artist added first (monitoring nothing else) when it is not followed yet. */
@Injectable()
export class AlbumCatalog {
  constructor(
    private readonly artists: ArtistRepository,
    private readonly albums: AlbumRepository,
    private readonly catalog: ArtistCatalog,
    private readonly searcher: AlbumSearcher,
    private readonly background: BackgroundTasks,
  ) {}

  async add(input: AlbumInput): Promise<LidarrAlbumEntity> {
    if ((await this.albums.findByForeignIds([input.foreignAlbumId])).length) {
      throw LidarrValidationError.of('ForeignAlbumId', 'This album has already been added', input.foreignAlbumId);
    }
    const artist = await this.artistOf(input);
    const options = {
      monitor: 'none' as const,
      albumsToMonitor: [input.foreignAlbumId],
      searchForMissingAlbums: false,
    };
    await this.catalog.readAlbums(artist, options);
    const [album] = await this.albums.findByForeignIds([input.foreignAlbumId]);
    if (!album || album.artistId !== artist.id) {
      throw LidarrValidationError.of('ForeignAlbumId', `MusicBrainz lists no such album of ${artist.name}`);
    }
    if (!input.monitored) await this.albums.setMonitored([album.id], false);
    if (input.searchForNewAlbum && input.monitored) {
      this.background.run(`Searching ${album.title}`, () => this.searcher.search([album]));
    }
    return { ...album, monitored: input.monitored };
  }

  private async artistOf(input: AlbumInput): Promise<LidarrArtistEntity> {
    if (input.artistId) {
      const artist = await this.artists.findById(input.artistId);
      if (!artist) throw LidarrValidationError.of('ArtistId', `Artist with ID ${input.artistId} does not exist`);
      return artist;
    }
    const [known] = await this.artists.findByForeignIds([input.foreignArtistId!]);
    if (known) return known;
    return this.catalog.create({
      foreignArtistId: input.foreignArtistId!,
      addOptions: { monitor: 'none', albumsToMonitor: [], searchForMissingAlbums: false },
    });
  }
}
