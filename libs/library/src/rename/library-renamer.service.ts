import { readdir, rmdir, stat } from 'node:fs/promises';
import { dirname, extname, resolve, sep } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { RenameChangeDto, RenamePreviewDto, RenameResultDto, TrackMetadata } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { pathExists } from '@app/platform';
import { LibraryIndex } from '../index-store/library-index.repository.js';
import type { LibraryTrackEntity } from '../index-store/library-track.entity.js';
import { TrackNamer } from '../naming/track-namer.service.js';
import { LibraryFiles } from '../store/library-files.service.js';
import { TargetExistsError } from '../store/store.errors.js';

/**
 * Brings existing files in line with the naming templates in effect: a preview of every path that would change,
 * and the moves themselves with the store's safety (atomic, never over another file, inside the root). Files in
 * the archive folder are left alone: their metadata was never settled.
 */
@Injectable()
export class LibraryRenamer {
  constructor(
    private readonly index: LibraryIndex,
    private readonly namer: TrackNamer,
    private readonly files: LibraryFiles,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async preview(): Promise<RenamePreviewDto> {
    let checked = 0;
    const changes: RenameChangeDto[] = [];
    const taken = new Map<string, string>();
    for await (const rows of this.index.each()) {
      for (const row of rows) {
        taken.set(row.path.toLowerCase(), row.id);
        const to = await this.targetOf(row);
        if (to === undefined) continue;
        checked++;
        if (to !== row.path) changes.push({ trackId: row.id, from: row.path, to });
      }
    }
    // Compared without case: on the file systems of many NAS shares `A.mp3` and `a.mp3` are one file.
    const claimed = new Map<string, string>();
    for (const change of changes) {
      const key = change.to.toLowerCase();
      const holder = taken.get(key);
      const leaving = holder !== undefined && changes.some((c) => c.trackId === holder);
      if (holder !== undefined && holder !== change.trackId && !leaving) {
        change.conflict = `another indexed file already has the name ${change.to}`;
      } else if (claimed.has(key)) {
        change.conflict = `${claimed.get(key)} would get the same name`;
      } else claimed.set(key, change.from);
    }
    return { checked, changes };
  }

  async apply(trackIds?: string[]): Promise<RenameResultDto> {
    const wanted = trackIds ? new Set(trackIds) : undefined;
    const result: RenameResultDto = { renamed: [], skipped: [] };
    for (const change of (await this.preview()).changes) {
      if (wanted && !wanted.has(change.trackId)) continue;
      if (change.conflict) {
        result.skipped.push({ ...change, reason: change.conflict });
        continue;
      }
      const reason = await this.move(change);
      if (reason) result.skipped.push({ ...change, reason });
      else result.renamed.push(change);
    }
    return result;
  }

  private async targetOf(row: LibraryTrackEntity): Promise<string | undefined> {
    const archive = `${this.config.library.archiveFolder}/`;
    const metadata = (row.tags as { metadata?: TrackMetadata } | null)?.metadata;
    if (row.path.startsWith(archive) || !metadata?.title?.trim()) return undefined;
    const extension = extname(row.path).slice(1);
    return (await this.namer.pathFor({ ...metadata, musicbrainz: metadata.musicbrainz ?? {} }, extension)).relative;
  }

  /** Moves one file (and its .lrc) and updates its row; a reason when it could not. */
  private async move(change: RenameChangeDto): Promise<string | undefined> {
    try {
      const from = await this.files.resolve(change.from);
      const moved = await this.files.store(from, change.to, 'move');
      await this.moveLyrics(change);
      await this.index.relocate(change.trackId, moved.relative, (await stat(moved.path)).mtimeMs);
      await this.removeEmptyFolders(dirname(from));
      return undefined;
    } catch (error) {
      if (error instanceof TargetExistsError) return `a different file already has the name ${change.to}`;
      return (error as Error).message;
    }
  }

  private async moveLyrics(change: RenameChangeDto): Promise<void> {
    const lrc = (path: string) => `${path.slice(0, -extname(path).length)}.lrc`;
    const from = await this.files.resolve(lrc(change.from));
    if (!(await pathExists(from))) return;
    await this.files.store(from, lrc(change.to), 'move').catch(() => undefined);
  }

  /** Folders a rename left empty, up to (not including) the library root. */
  private async removeEmptyFolders(folder: string): Promise<void> {
    const root = resolve(this.files.root);
    for (let dir = folder; dir.startsWith(`${root}${sep}`); dir = dirname(dir)) {
      if ((await readdir(dir).catch(() => ['?'])).length) return;
      await rmdir(dir).catch(() => undefined);
    }
  }
}
