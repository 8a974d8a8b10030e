import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { NotFoundError } from '@app/core';
import { LibraryTrackReads } from '@app/library';
import { MusicBrainzProvider, type ProviderReleaseGroup } from '@app/resolver';
import { LidarrValidationError } from '../http/lidarr-validation.error.js';
import { AlbumReleases } from './album-releases.service.js';
import { AlbumSearcher } from './album-searcher.service.js';
import { AlbumRepository } from './album.repository.js';
import type { AddOptions, ArtistInput } from './artist-input.js';
import { ArtistRepository } from './artist.repository.js';
import { BackgroundTasks } from './background-tasks.js';
import type { LidarrAlbumEntity } from './lidarr-album.entity.js';
import type { LidarrArtistEntity } from './lidarr-artist.entity.js';
import { albumsToMonitor } from './monitor-albums.js';

/** Followed artists: adding one reads its albums from MusicBrainz in the background and searches as asked. */
@Injectable()
export class ArtistCatalog {
  private readonly logger = new Logger(ArtistCatalog.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly musicbrainz: MusicBrainzProvider,
    private readonly artists: ArtistRepository,
    private readonly albums: AlbumRepository,
    private readonly releases: AlbumReleases,
    private readonly searcher: AlbumSearcher,
    private readonly files: LibraryTrackReads,
    private readonly background: BackgroundTasks,
  ) {}

  async get(id: number): Promise<LidarrArtistEntity> {
    const artist = await this.artists.findById(id);
    if (!artist) throw new NotFoundError(`Artist with ID ${id} does not exist`);
    return artist;
  }

  async add(input: ArtistInput): Promise<LidarrArtistEntity> {
    const artist = await this.create(input);
    const options = input.addOptions ?? { monitor: 'all', albumsToMonitor: [], searchForMissingAlbums: false };
    this.background.run(`Reading the albums of ${artist.name}`, () => this.readAlbums(artist, options));
    return artist;
  }

  /** Stores the artist as MusicBrainz knows it, without reading its albums. */
  async create(input: ArtistInput): Promise<LidarrArtistEntity> {
    const foreignArtistId = input.foreignArtistId!;
    if ((await this.artists.findByForeignIds([foreignArtistId])).length) {
      throw LidarrValidationError.of('ForeignArtistId', 'This artist has already been added', foreignArtistId);
    }
    const found = await this.musicbrainz.lookupArtist(foreignArtistId);
    if (!found) {
      throw LidarrValidationError.of('ForeignArtistId', 'MusicBrainz knows no artist with this id', foreignArtistId);
    }
    return this.artists.save({
      foreignArtistId,
      name: found.name,
      sortName: found.sortName,
      disambiguation: found.disambiguation ?? null,
      artistType: found.type ?? null,
      ended: found.ended,
      monitored: input.monitored ?? true,
      monitorOption: input.addOptions?.monitor ?? 'all',
      monitorNewItems: input.monitorNewItems ?? 'all',
      qualityProfileId: input.qualityProfileId ?? 1,
      metadataProfileId: input.metadataProfileId ?? 1,
      rootFolderPath: input.rootFolderPath ?? this.config.paths.libraryRoot,
      tags: input.tags ?? [],
      addedAt: Date.now(),
      refreshedAt: null,
    } as LidarrArtistEntity);
  }

  async update(id: number, input: ArtistInput): Promise<LidarrArtistEntity> {
    const artist = await this.get(id);
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    delete changes['foreignArtistId'];
    delete changes['artistName'];
    delete changes['addOptions'];
    return this.artists.save({ ...artist, ...changes });
  }

  async remove(id: number): Promise<void> {
    await this.get(id);
    await this.artists.remove(id);
  }

  /** Reads the artist's albums again (RefreshArtist); albums already known keep their monitoring. */
  refresh(artist: LidarrArtistEntity): void {
    const options: AddOptions = { monitor: 'none', albumsToMonitor: [], searchForMissingAlbums: false };
    this.background.run(`Refreshing ${artist.name}`, () => this.readAlbums(artist, options));
  }

  /** Stores the artist's albums (new ones monitored as `options` say), then their releases, then searches. */
  async readAlbums(artist: LidarrArtistEntity, options: AddOptions): Promise<void> {
    const groups = await this.musicbrainz.browseReleaseGroups(artist.foreignArtistId);
    const albums = await this.storeAlbums(artist, groups, options);
    await this.artists.save({ ...artist, refreshedAt: Date.now() });
    const monitored = albums.filter((album) => album.monitored);
    for (const album of monitored) await this.releases.ensure(album);
    this.logger.log(`Artist ${artist.id}: ${albums.length} albums read, ${monitored.length} monitored`);
    if (options.searchForMissingAlbums && monitored.length) await this.searcher.search(monitored);
  }

  private async storeAlbums(
    artist: LidarrArtistEntity,
    groups: ProviderReleaseGroup[],
    options: AddOptions,
  ): Promise<LidarrAlbumEntity[]> {
    const known = new Map(
      (await this.albums.findByForeignIds(groups.map((group) => group.id))).map((album) => [
        album.foreignAlbumId,
        album,
      ]),
    );
    const withFiles = await this.files.filesByReleaseGroup(groups.map((group) => group.id));
    const candidates = groups.map((group) => ({
      foreignAlbumId: group.id,
      releaseDate: group.firstReleaseDate ?? null,
      hasFiles: withFiles.has(group.id),
    }));
    const today = new Date().toISOString().slice(0, 10);
    const monitor = albumsToMonitor(candidates, options.monitor, options.albumsToMonitor, today);
    const rows = groups.map((group) => {
      const old = known.get(group.id);
      return {
        ...old,
        artistId: artist.id,
        foreignAlbumId: group.id,
        title: group.title,
        disambiguation: group.disambiguation ?? null,
        albumType: group.primaryType ?? null,
        secondaryTypes: group.secondaryTypes,
        releaseDate: group.firstReleaseDate ?? null,
        monitored: old ? old.monitored : monitor.has(group.id),
        chosenReleaseId: old?.chosenReleaseId ?? null,
        jobId: old?.jobId ?? null,
        lastSearchAt: old?.lastSearchAt ?? null,
        addedAt: old?.addedAt ?? Date.now(),
      } as LidarrAlbumEntity;
    });
    return this.albums.saveMany(rows);
  }
}
