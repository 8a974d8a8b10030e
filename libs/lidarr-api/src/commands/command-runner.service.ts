import { Injectable } from '@nestjs/common';
import { LibraryScanner } from '@app/library';
import { AlbumSearcher } from '../catalog/album-searcher.service.js';
import { AlbumRepository } from '../catalog/album.repository.js';
import { ArtistCatalog } from '../catalog/artist-catalog.service.js';
import { ArtistRepository } from '../catalog/artist.repository.js';
import type { LidarrAlbumEntity } from '../catalog/lidarr-album.entity.js';
import { AlbumDetails } from '../stats/album-details.service.js';
import type { CommandInput } from './command-input.js';

/** What each command does; the answer is the message `GET command/:id` shows. */
@Injectable()
export class CommandRunner {
  constructor(
    private readonly albums: AlbumRepository,
    private readonly artists: ArtistRepository,
    private readonly catalog: ArtistCatalog,
    private readonly searcher: AlbumSearcher,
    private readonly details: AlbumDetails,
    private readonly scanner: LibraryScanner,
  ) {}

  async run(command: CommandInput): Promise<string> {
    switch (command.name) {
      case 'AlbumSearch':
        return this.search(await this.albums.list({ ids: command.albumIds }));
      case 'ArtistSearch':
        return this.search(await this.monitoredOf(command.artistIds));
      case 'MissingAlbumSearch':
        return this.search(await this.missing());
      case 'RefreshArtist':
        return this.refresh(command.artistIds);
      case 'RescanFolders':
      case 'DownloadedAlbumsScan':
        return this.scan();
    }
  }

  private async search(albums: LidarrAlbumEntity[]): Promise<string> {
    const results = await this.searcher.search(albums);
    const started = results.filter((result) => result.jobId).length;
    const problems = results.flatMap((result) => (result.problem ? [result.problem] : []));
    if (albums.length && !started) throw new Error(`Failed: ${problems.join('; ') || 'no album found'}`);
    return [`Searching ${started} of ${albums.length} albums`, ...problems].join('; ');
  }

  private async monitoredOf(artistIds: number[]): Promise<LidarrAlbumEntity[]> {
    const albums = await Promise.all(artistIds.map((artistId) => this.albums.list({ artistId, monitored: true })));
    return albums.flat();
  }

  private async missing(): Promise<LidarrAlbumEntity[]> {
    const details = await this.details.load(await this.albums.list({ monitored: true }));
    return details.filter((detail) => detail.statistics.percentOfTracks < 100).map((detail) => detail.album);
  }

  private async refresh(artistIds: number[]): Promise<string> {
    const artists = artistIds.length ? await this.artists.findByIds(artistIds) : await this.artists.list();
    for (const artist of artists) this.catalog.refresh(artist);
    return `Refreshing ${artists.length} artists`;
  }

  private async scan(): Promise<string> {
    const scan = await this.scanner.start({});
    const result = await scan.done;
    if (result.status === 'failed') throw new Error(`Failed: ${result.error ?? 'the library scan failed'}`);
    return `Library scanned: ${result.counts.seen} files, ${result.counts.indexed} indexed`;
  }
}
