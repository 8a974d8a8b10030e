import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CLOCK, type Clock } from '@app/platform';
import { TagReader } from '@app/tagger';
import { fromReadResult } from '../index-store/from-read-result.js';
import { LibraryIndex } from '../index-store/library-index.repository.js';
import { LibraryRenamer } from '../rename/library-renamer.service.js';
import { isAudioFileName } from '../scan/audio-file-names.js';
import { isInsideRoot, toIndexPath } from '../scan/inside-root.js';
import { isFile, MovedTracks } from '../scan/moved-tracks.js';
import { hashContent } from './content-hashes.js';

/** What a change in the library did to the index. */
export type FollowOutcome =
  | { kind: 'unchanged' | 'updated' | 'added'; trackId: string }
  | { kind: 'moved'; trackId: string; from: string }
  | { kind: 'renamed'; trackId: string; to: string }
  | { kind: 'missing'; trackId: string }
  | { kind: 'ignored'; reason: string };

/**
 * Keeps the index in step with changes made by hand in the library, file by file as the watcher sees them. A
 * move or rename is recognised by {@link MovedTracks}, the rule the library scan follows too. A file that
 * disappears marks its track missing; the rescan removes it after the grace period.
 */
@Injectable()
export class LibraryFollower {
  private readonly logger = new Logger(LibraryFollower.name);

  constructor(
    private readonly index: LibraryIndex,
    private readonly reader: TagReader,
    private readonly renamer: LibraryRenamer,
    private readonly moves: MovedTracks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private get root(): string {
    return this.config.paths.libraryRoot;
  }

  /** A file in the library that is new or changed. */
  async fileSettled(absolute: string): Promise<FollowOutcome> {
    if (!isAudioFileName(basename(absolute))) return { kind: 'ignored', reason: 'not an audio file' };
    if (!isInsideRoot(this.root, absolute)) return { kind: 'ignored', reason: 'outside the library' };
    const path = toIndexPath(this.root, absolute);
    if (this.moves.isMovingPath(path)) return { kind: 'ignored', reason: 'a file TrueTrack is moving' };
    const facts = await stat(absolute).catch(() => undefined);
    if (!facts?.isFile() || facts.size === 0) return { kind: 'ignored', reason: 'gone, empty or not a file' };
    const row = await this.index.findByPath(path);
    if (row && row.size === facts.size && row.mtime === Math.floor(facts.mtimeMs) && row.missingSince === null) {
      return { kind: 'unchanged', trackId: row.id };
    }
    const [read, hashes] = await Promise.all([this.reader.read(absolute), hashContent(absolute)]);
    const track = fromReadResult(path, facts, read, hashes.sha256, this.clock.now());
    track.xxhash64 = hashes.xxhash64;
    if (row) {
      track.id = row.id;
      await this.index.upsertMany([track], row.contentHash === hashes.sha256 ? ['jobId', 'fingerprint'] : ['jobId']);
      return { kind: 'updated', trackId: row.id };
    }
    const moved = await this.moves.follow(hashes, path, facts.mtimeMs, this.clock.now());
    if (moved) {
      track.id = moved.id;
      await this.index.upsertMany([track], ['jobId', 'fingerprint']);
      this.logger.log(`Moved by hand: ${moved.path} → ${path}`);
      return { kind: 'moved', trackId: moved.id, from: moved.path };
    }
    await this.index.upsertMany([track]);
    if (this.config.watch.rename === 'auto') {
      const result = await this.renamer.apply([track.id]);
      const renamed = result.renamed[0];
      if (renamed) return { kind: 'renamed', trackId: track.id, to: renamed.to };
    }
    return { kind: 'added', trackId: track.id };
  }

  /** A file of the library that is gone. */
  async fileGone(absolute: string): Promise<FollowOutcome> {
    const path = toIndexPath(this.root, absolute);
    const row = await this.index.findByPath(path);
    if (!row) return { kind: 'ignored', reason: 'not indexed' };
    if (this.moves.isMoving(row.id)) return { kind: 'unchanged', trackId: row.id };
    // An event can arrive late: a file that is back (or was replaced) is not missing.
    if (await isFile(absolute)) return { kind: 'unchanged', trackId: row.id };
    await this.index.markMissing([row.id], this.clock.now());
    return { kind: 'missing', trackId: row.id };
  }
}
