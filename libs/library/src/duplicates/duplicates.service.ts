import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { Inject, Injectable } from '@nestjs/common';
import type { DuplicateAction, DuplicateActionDto, DuplicatesDto } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ConflictError, NotFoundError, ValidationError } from '@app/core';
import { SettingsStore } from '@app/db';
import { CLOCK, type Clock, pathExists } from '@app/platform';
import { fingerprintSimilarity, isLosslessCodec, parseRawFingerprint, SAME_AUDIO_SIMILARITY } from '@app/tagger';
import { LibraryIndex } from '../index-store/library-index.repository.js';
import type { LibraryTrackEntity } from '../index-store/library-track.entity.js';
import { MovedTracks } from '../scan/moved-tracks.js';
import { LibraryFiles } from '../store/library-files.service.js';
import { LibraryFollower } from '../watch/library-follower.service.js';
import { duplicateGroups } from './duplicate-groups.js';

/** The journal of actions taken on the Duplicates page (newest first), kept in the settings table. */
const JOURNAL_KEY = 'library.duplicates.actions';
const JOURNAL_LENGTH = 200;
/** Inside the archive folder: archived duplicates stay visible there; deleted ones wait, hidden, for an undo. */
const ARCHIVED = 'duplicates';
const DELETED = '.deleted';

/**
 * The Duplicates page: groups with a reason and a proposed keeper, and the actions on them. Keep hides a group;
 * archive moves a file into the archive folder (its track follows); delete moves it into a hidden folder there
 * and marks its track missing, so the grace period removes it. Each is undone from the journal. Files move with
 * the store's safety: inside the library root, never over another file.
 */
@Injectable()
export class Duplicates {
  constructor(
    private readonly index: LibraryIndex,
    private readonly files: LibraryFiles,
    private readonly follower: LibraryFollower,
    private readonly moves: MovedTracks,
    private readonly settings: SettingsStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(): Promise<DuplicatesDto> {
    const actions = await this.journal();
    const kept = new Set(actions.filter((a) => a.action === 'keep' && !a.undone).map((a) => a.groupKey));
    const archive = `${this.config.library.archiveFolder}/${ARCHIVED}/`;
    const rows: LibraryTrackEntity[] = [];
    for await (const batch of this.index.each()) {
      rows.push(...batch.filter((row) => row.missingSince === null && !row.path.startsWith(archive)));
    }
    const groups = duplicateGroups(rows, qualityOf, {
      parse: parseRawFingerprint,
      similarity: fingerprintSimilarity,
      threshold: SAME_AUDIO_SIMILARITY,
    }).filter((group) => !kept.has(group.key));
    return { groups, actions };
  }

  async act(action: DuplicateAction, groupKey: string, trackId?: string): Promise<DuplicateActionDto> {
    if (action === 'keep') return this.record({ action, groupKey, trackId: trackId ?? null, from: null, to: null });
    if (!trackId) throw new ValidationError('trackId', `trackId is required to ${action} a file`);
    const track = await this.index.findById(trackId);
    if (!track) throw new NotFoundError(`No library track ${trackId}`);
    if (track.missingSince !== null) throw new ConflictError(`The file of track ${trackId} is missing`);
    const folder = action === 'archive' ? ARCHIVED : DELETED;
    const wanted = `${this.config.library.archiveFolder}/${folder}/${track.path}`;
    const free = !(await pathExists(await this.files.resolve(wanted)));
    const target = free ? wanted : await this.files.uniqueSibling(wanted);
    const moved = await this.moveFile(track, track.path, target, action === 'archive');
    if (action === 'delete') await this.index.markMissing([track.id], this.clock.now());
    return this.record({ action, groupKey, trackId, from: track.path, to: moved.relative });
  }

  async undo(id: string): Promise<DuplicateActionDto> {
    const actions = await this.journal();
    const entry = actions.find((a) => a.id === id);
    if (!entry) throw new NotFoundError(`No duplicate action ${id} (only the last ${JOURNAL_LENGTH} are kept)`);
    if (entry.undone) throw new ConflictError(`Action ${id} is undone already`);
    if (entry.action !== 'keep' && entry.from && entry.to && entry.trackId) {
      const track = await this.index.findById(entry.trackId);
      if (!track) throw new NotFoundError(`Library track ${entry.trackId} is no longer indexed`);
      const back = await this.moveFile(track, entry.to, entry.from, entry.action === 'archive');
      // A deleted file is back where its row says it is: following it clears the missing mark.
      if (entry.action === 'delete') await this.follower.fileSettled(back.path);
    }
    entry.undone = true;
    await this.settings.set(JOURNAL_KEY, actions);
    return entry;
  }

  /**
   * Moves a file inside the library. A track that follows its file is pointed at the new place first, so the
   * watcher, seeing the old name go, finds no track there to mark missing; on failure it points back. Meanwhile a
   * rescan that still sees the old file must not take it for the track moved back by hand.
   */
  private moveFile(track: LibraryTrackEntity, from: string, to: string, follows: boolean) {
    const move = async () => {
      const facts = await stat(await this.files.resolve(from));
      if (follows) await this.index.relocate(track.id, to, facts.mtimeMs, this.clock.now());
      try {
        return await this.files.store(await this.files.resolve(from), to, 'move');
      } catch (error) {
        if (follows) await this.index.relocate(track.id, from, facts.mtimeMs, this.clock.now());
        throw error;
      }
    };
    return follows ? this.moves.whileMoving(track.id, { from, to }, move) : move();
  }

  private async record(fields: Omit<DuplicateActionDto, 'id' | 'at' | 'undone'>): Promise<DuplicateActionDto> {
    const entry: DuplicateActionDto = {
      id: randomUUID(),
      ...fields,
      at: new Date(this.clock.now()).toISOString(),
      undone: false,
    };
    const actions = [entry, ...(await this.journal())].slice(0, JOURNAL_LENGTH);
    await this.settings.set(JOURNAL_KEY, actions);
    return entry;
  }

  private async journal(): Promise<DuplicateActionDto[]> {
    return (await this.settings.get<DuplicateActionDto[]>(JOURNAL_KEY)) ?? [];
  }
}

function qualityOf(row: LibraryTrackEntity) {
  const codec = row.codec ?? undefined;
  return {
    lossless: isLosslessCodec(codec) || row.format === 'flac',
    bitrate: row.bitrate ?? undefined,
    sampleRate: row.sampleRate ?? undefined,
    codec,
  };
}
