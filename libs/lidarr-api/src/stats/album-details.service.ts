import { Injectable } from '@nestjs/common';
import { LibraryTrackReads } from '@app/library';
import { preferredRelease } from '../catalog/preferred-release.js';
import type { LidarrAlbumEntity } from '../catalog/lidarr-album.entity.js';
import type { LidarrReleaseEntity } from '../catalog/lidarr-release.entity.js';
import type { LidarrTrackEntity } from '../catalog/lidarr-track.entity.js';
import { ReleaseRepository } from '../catalog/release.repository.js';
import { type AlbumStatistics, albumStatistics } from './album-statistics.js';

/** An album with its editions, the one its tracks come from, and how much of it the library holds. */
export interface AlbumDetail {
  album: LidarrAlbumEntity;
  releases: LidarrReleaseEntity[];
  chosen: LidarrReleaseEntity | undefined;
  tracks: LidarrTrackEntity[];
  /** Recording ids of the chosen release's tracks that have a file, with its size. */
  files: Map<string, number>;
  statistics: AlbumStatistics;
}

/** Reads what album resources show, in a few queries for any number of albums. */
@Injectable()
export class AlbumDetails {
  constructor(
    private readonly releases: ReleaseRepository,
    private readonly files: LibraryTrackReads,
  ) {}

  async load(albums: LidarrAlbumEntity[]): Promise<AlbumDetail[]> {
    const releases = await this.releases.ofAlbums(albums.map((album) => album.id));
    const chosen = new Map(albums.map((album) => [album.id, chosenRelease(album, releases)]));
    const chosenIds = [...chosen.values()].flatMap((release) => (release ? [release.id] : []));
    const tracks = await this.releases.tracksOf(chosenIds);
    const sizes = await this.files.sizesByRecording(tracks.map((track) => track.foreignRecordingId));
    const unlisted = albums.filter((album) => !chosen.get(album.id)).map((album) => album.foreignAlbumId);
    const byGroup = await this.files.filesByReleaseGroup(unlisted);
    return albums.map((album) => {
      const release = chosen.get(album.id);
      const own = release ? tracks.filter((track) => track.releaseId === release.id) : [];
      const files = new Map(
        own.flatMap((t) =>
          sizes.has(t.foreignRecordingId) ? [[t.foreignRecordingId, sizes.get(t.foreignRecordingId)!]] : [],
        ),
      );
      const grouped = byGroup.get(album.foreignAlbumId);
      const statistics = release
        ? albumStatistics(files.size, own.length, sum([...files.values()]))
        : albumStatistics(grouped?.count ?? 0, grouped?.count ?? 0, grouped?.size ?? 0);
      return {
        album,
        releases: releases.filter((r) => r.albumId === album.id),
        chosen: release,
        tracks: own,
        files,
        statistics,
      };
    });
  }
}

function chosenRelease(album: LidarrAlbumEntity, releases: LidarrReleaseEntity[]): LidarrReleaseEntity | undefined {
  const own = releases.filter((release) => release.albumId === album.id);
  return own.find((release) => release.foreignReleaseId === album.chosenReleaseId) ?? preferredRelease(own);
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
