import { Inject, Injectable, ForbiddenException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { NotFoundError } from '@app/core';
import type { LibraryTrackEntity } from '../index-store/library-track.entity.js';
import { LibraryIndex } from '../index-store/library-index.repository.js';
import { locateInsideRoot } from '../scan/inside-root.js';

/** Tracks by id, and where their files are, never outside the library root. */
@Injectable()
export class TrackFiles {
  constructor(
    private readonly index: LibraryIndex,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async getTrack(id: string): Promise<LibraryTrackEntity> {
    const track = await this.index.findById(id);
    if (!track) throw new NotFoundError(`No track ${id} is in the library index`);
    return track;
  }

  /** The absolute path of the track's file; 404 when it is gone, 403 when it resolves outside the root. */
  async fileOf(track: LibraryTrackEntity): Promise<string> {
    const found = await locateInsideRoot(this.config.paths.libraryRoot, track.path);
    if (found.inside) return found.absolute;
    if (found.reason === 'missing') {
      throw new NotFoundError(`The file of track ${track.id} is gone from the library (${track.path})`);
    }
    throw new ForbiddenException(`The file of track ${track.id} lies outside the library root`);
  }
}
