import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { LibraryIndex } from '../index-store/library-index.repository.js';
import type { LibraryTrackEntity } from '../index-store/library-track.entity.js';

/** The content keys a moved file is recognised by. */
export interface MoveKeys {
  sha256: string;
  xxhash64: string;
}

/**
 * The one rule, for the library scan and the watcher alike, by which a file moved or renamed by hand stays the
 * same track: a file at a path the index does not know, with the bytes of a track whose file is no longer where
 * the index says, is that track. Its row (id, play count, listens, analysis) is moved to the new path.
 */
@Injectable()
export class MovedTracks {
  /**
   * Tracks whose file TrueTrack itself is moving, with the two paths (relative to the library root) it moves
   * between: for that while, the file is neither gone nor moved by hand, and neither path holds a new track.
   */
  private readonly moving = new Map<string, { from: string; to: string }>();

  constructor(
    private readonly index: LibraryIndex,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * When the file at `path` (relative to the library root) is a track moved there, moves the track's row to it
   * and answers the track as it was (its old path); otherwise undefined. Whether the old file is gone is asked
   * of the disk, not of the missing mark: the new name may be seen before the old one goes. Two copies of one
   * moved file seen at once cannot both take the track: the row moves only from the path it was read with.
   */
  async follow(keys: MoveKeys, path: string, mtimeMs: number, at: number): Promise<LibraryTrackEntity | undefined> {
    for (const candidate of await this.index.findByContentHash(keys.sha256)) {
      if (candidate.path === path) continue;
      if (candidate.xxhash64 !== null && candidate.xxhash64 !== keys.xxhash64) continue;
      if (await isFile(join(this.config.paths.libraryRoot, candidate.path))) continue;
      if (this.moving.has(candidate.id)) continue;
      if (await this.index.relocate(candidate.id, path, mtimeMs, at, candidate.path)) return candidate;
    }
    return undefined;
  }

  /**
   * Runs `move`, which moves the track's file between two paths (relative to the library root) and points its
   * row at the new place, while the watcher and the scans leave that track and both paths alone: between the two
   * steps its file is at neither path or at the other one, and a file seen at the path the row has left would
   * otherwise become a new track, then go missing when the move ends.
   */
  async whileMoving<T>(trackId: string, paths: { from: string; to: string }, move: () => Promise<T>): Promise<T> {
    this.moving.set(trackId, paths);
    try {
      return await move();
    } finally {
      this.moving.delete(trackId);
    }
  }

  isMoving(trackId: string): boolean {
    return this.moving.has(trackId);
  }

  /** Whether a file of a track TrueTrack is moving is leaving or arriving at `path` (relative to the root). */
  isMovingPath(path: string): boolean {
    return [...this.moving.values()].some((paths) => paths.from === path || paths.to === path);
  }
}

export const isFile = (path: string): Promise<boolean> =>
  stat(path).then(
    (facts) => facts.isFile(),
    () => false,
  );
