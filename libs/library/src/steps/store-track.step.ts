import { stat, unlink } from 'node:fs/promises';
import { extname } from 'node:path';
import { Inject } from '@nestjs/common';
import { CandidateStage, JobKind, JobState, type TrackMetadata } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PermanentError, RetryableError } from '@app/core';
import { pathExists } from '@app/platform';
import {
  chosenPayload,
  type JobData,
  type PipelineStep,
  type StepContext,
  StepHandler,
  type StepOutcome,
} from '@app/jobs';
import {
  fingerprintSimilarity,
  isLosslessCodec,
  parseRawFingerprint,
  SAME_AUDIO_SIMILARITY,
  type ReadResult,
  type StoredFingerprint,
  TagReader,
  taggingInput,
} from '@app/tagger';
import { removeImportSource } from '../import/remove-import-source.js';
import { type Duplicate, findDuplicate } from '../dedup/find-duplicate.js';
import { fromReadResult } from '../index-store/from-read-result.js';
import { LibraryIndex } from '../index-store/library-index.repository.js';
import type { LibraryTrackEntity } from '../index-store/library-track.entity.js';
import { TrackNamer } from '../naming/track-namer.service.js';
import { hashFile } from '../scan/hash-file.js';
import { compareQuality, type QualityComparison } from '../store/compare-quality.js';
import { LibraryFiles } from '../store/library-files.service.js';
import { TargetExistsError } from '../store/store.errors.js';
import type { StoreResult } from '../store/store-file.js';

// Disk full, quota, read-only: the library may have room again later, so the job waits and tries again.
const RETRYABLE_FS_CODES = ['ENOSPC', 'EDQUOT', 'EROFS', 'EIO', 'EBUSY', 'EAGAIN'];

/** What STORING leaves in the job's result. */
export interface StoredTrack {
  trackId: string;
  /** Relative to the library root. */
  path: string;
  outcome: 'stored' | 'existing' | 'replaced' | 'kept-both' | 'archived';
  duplicateOf?: { trackId: string; path: string; basis: string };
  lrcPath?: string;
}

/**
 * STORING: dedup against the library index (same bytes, MusicBrainz recording, ISRC, fingerprint), then the
 * naming template's path, or the archive folder when the metadata is not settled, and an atomic copy that never
 * overwrites a different file. An identical track already there is a success linked to it; a better copy is
 * handled by TRUETRACK_UPGRADE_POLICY. The index row lands in the same transaction as the job's transition.
 */
@StepHandler(JobState.Storing)
export class StoreTrackStep implements PipelineStep {
  constructor(
    private readonly files: LibraryFiles,
    private readonly namer: TrackNamer,
    private readonly index: LibraryIndex,
    private readonly reader: TagReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(ctx: StepContext): Promise<StepOutcome> {
    try {
      return await this.store(ctx);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code && RETRYABLE_FS_CODES.includes(code)) {
        throw new RetryableError(`The library could not take the file (${code}: ${(error as Error).message})`);
      }
      throw error;
    }
  }

  private async store(ctx: StepContext): Promise<StepOutcome> {
    const data = ctx.job.data;
    const tagged = data.tagged;
    if (!tagged?.file) throw new PermanentError('STORING needs the tagged file, and this job has none');
    if (!(await pathExists(tagged.file))) {
      return {
        next: JobState.Tagging,
        reason: 'The tagged file is gone (its temp folder was cleaned up); tagging it again',
        data: { ...data, tagged: null },
      };
    }
    const { metadata } = taggingInput(data).tags;
    const fingerprint = data.fingerprint;
    ctx.progress(0.1, { phase: 'checking the library' });
    const [read, contentHash] = await Promise.all([this.reader.read(tagged.file), hashFile(tagged.file)]);
    const duplicate = await this.liveDuplicate(metadata, read, contentHash, fingerprint);
    const extension = extname(tagged.file).slice(1);

    // Files this run put into the library: taken out again if the job is cancelled before the outcome lands.
    const created: string[] = [];
    let placed: { relative: string; outcome: StoredTrack['outcome']; replaces?: LibraryTrackEntity };
    let note = '';
    if (duplicate) {
      const quality = compareQuality(read.audio, qualityOf(duplicate.track));
      const policy = this.config.library.upgradePolicy;
      if (quality.verdict !== 'better' || policy === 'keep-existing') {
        return this.linkExisting(ctx, duplicate, quality, policy);
      }
      ctx.progress(0.5, { phase: 'storing' });
      if (policy === 'replace') {
        const relative = await this.replaceExisting(tagged.file, duplicate.track, extension, created);
        placed = { relative, outcome: 'replaced', replaces: duplicate.track };
      } else {
        const { relative } = await this.namer.pathFor(metadata, extension);
        placed = { relative: await this.storeBeside(tagged.file, relative, created), outcome: 'kept-both' };
      }
      note = `; ${duplicate.track.path} is the same track (${duplicate.basis}) and ${quality.reason}`;
    } else {
      ctx.progress(0.5, { phase: 'storing' });
      const archived = !isSettled(metadata, data);
      const target = archived
        ? this.files.archivePath(metadata, extension)
        : (await this.namer.pathFor(metadata, extension)).relative;
      placed = {
        relative: await this.storeBeside(tagged.file, target, created),
        outcome: archived ? 'archived' : 'stored',
      };
      if (archived)
        note = '; the metadata is not settled (no MusicBrainz id or ISRC), so it went to the archive folder';
    }

    const lrcPath = tagged.lrcFile ? await this.storeLyrics(tagged.lrcFile, placed.relative, created) : undefined;
    await this.removeImportedSource(ctx);
    const absolute = await this.files.resolve(placed.relative);
    const row = fromReadResult(placed.relative, await fileStat(absolute), read, contentHash);
    Object.assign(row, { jobId: ctx.job.id, fingerprint: fingerprint?.raw ?? null });
    const result: StoredTrack = {
      trackId: placed.replaces?.id ?? row.id,
      path: placed.relative,
      outcome: placed.outcome,
      ...(duplicate && {
        duplicateOf: { trackId: duplicate.track.id, path: duplicate.track.path, basis: duplicate.basis },
      }),
      ...(lrcPath && { lrcPath }),
    };
    const replaced = placed.replaces;
    const undo = async () => {
      await Promise.all(created.map((file) => unlink(file).catch(() => undefined)));
    };
    return {
      next: JobState.Finalized,
      reason: `${VERB[placed.outcome]} ${placed.relative}${note}`,
      result: { ...result },
      discard: undo,
      persist: async (manager) => {
        // Two jobs for one song can store at once, each having found nothing; the second to commit backs out
        // and runs again, and then finds the first one's file.
        const rival = duplicate
          ? undefined
          : await this.index.sameTrackIn(manager, {
              contentHash,
              recordingId: metadata.musicbrainz.recordingId,
            });
        if (rival) {
          await undo();
          throw new RetryableError(`${rival.path} was stored by another job meanwhile; looking again`);
        }
        if (replaced && replaced.path !== placed.relative) await this.index.removeIn(manager, replaced.path);
        await this.index.writeIn(manager, replaced ? Object.assign(row, { id: replaced.id }) : row);
      },
    };
  }

  /** A duplicate whose file is still on disk; a row whose file is gone is stale and ignored. */
  private async liveDuplicate(
    metadata: TrackMetadata,
    read: ReadResult,
    contentHash: string,
    fingerprint: StoredFingerprint | undefined,
  ): Promise<Duplicate | undefined> {
    const identity = {
      recordingId: metadata.musicbrainz.recordingId,
      isrc: metadata.isrc,
      contentHash,
      fingerprint: fingerprint ? parseRawFingerprint(fingerprint.raw) : undefined,
      durationMs: read.audio.durationMs,
    };
    const duplicate = await findDuplicate(identity, this.index, {
      similarity: fingerprintSimilarity,
      parse: parseRawFingerprint,
      threshold: SAME_AUDIO_SIMILARITY,
    });
    if (!duplicate) return undefined;
    return (await pathExists(await this.files.resolve(duplicate.track.path))) ? duplicate : undefined;
  }

  private linkExisting(
    ctx: StepContext,
    duplicate: Duplicate,
    quality: QualityComparison,
    policy: string,
  ): StepOutcome {
    const { track, basis } = duplicate;
    const why =
      quality.verdict === 'better'
        ? `the new copy is better (${quality.reason}) but the policy is ${policy}`
        : quality.reason;
    const result: StoredTrack = {
      trackId: track.id,
      path: track.path,
      outcome: 'existing',
      duplicateOf: { trackId: track.id, path: track.path, basis },
    };
    ctx.progress(1, { phase: 'done' });
    return {
      next: JobState.Finalized,
      reason: `Already in the library as ${track.path} (same ${basis.replace(/^same /, '')}); kept it: ${why}`,
      result: { ...result },
    };
  }

  /** The better copy takes the old file's place; with another extension it gets its own name and the old goes. */
  private async replaceExisting(
    source: string,
    existing: LibraryTrackEntity,
    extension: string,
    created: string[],
  ): Promise<string> {
    const oldExtension = extname(existing.path).slice(1);
    if (oldExtension.toLowerCase() === extension.toLowerCase()) {
      await this.files.replace(source, existing.path, 'copy');
      return existing.path;
    }
    const relative = `${existing.path.slice(0, -oldExtension.length)}${extension}`;
    const stored = await this.storeBeside(source, relative, created);
    await unlink(await this.files.resolve(existing.path)).catch(() => undefined);
    return stored;
  }

  /** Stores at `relative`, or beside it as "Title (2).ext" when a different file already has that name. */
  private async storeBeside(source: string, relative: string, created: string[]): Promise<string> {
    let result: StoreResult;
    try {
      result = await this.files.store(source, relative, 'copy');
    } catch (error) {
      if (!(error instanceof TargetExistsError)) throw error;
      result = await this.files.store(source, await this.files.uniqueSibling(relative), 'copy');
    }
    if (result.outcome === 'stored') created.push(result.path);
    return result.relative;
  }

  /** Synced lyrics beside the audio; an .lrc that is already there and differs is left alone. */
  private async storeLyrics(lrcFile: string, audioRelative: string, created: string[]): Promise<string | undefined> {
    const relative = `${audioRelative.slice(0, -extname(audioRelative).length)}.lrc`;
    try {
      const result = await this.files.store(lrcFile, relative, 'copy');
      if (result.outcome === 'stored') created.push(result.path);
      return result.relative;
    } catch (error) {
      if (error instanceof TargetExistsError) return undefined;
      throw error;
    }
  }

  /** An import in move mode: the original goes once its copy is safely in the library, if it is still the same. */
  private async removeImportedSource(ctx: StepContext): Promise<void> {
    if (ctx.job.kind !== JobKind.Import || this.config.library.importMode !== 'move') return;
    const imported = ctx.job.data.import;
    if (!imported?.source) return;
    const kept = await removeImportSource(this.config, imported.source, imported.identity).catch(
      (error: Error) => `${imported.source}: ${error.message}`,
    );
    if (kept) ctx.logger.warn(`Kept the original of the import: ${kept}`);
  }
}

const VERB: Record<StoredTrack['outcome'], string> = {
  stored: 'Stored as',
  archived: 'Archived as',
  replaced: 'Replaced with a better copy:',
  'kept-both': 'Kept both copies; the new one is',
  existing: 'Linked to',
};

/** Settled: MusicBrainz or an ISRC names the recording, or a person chose the metadata. */
function isSettled(metadata: TrackMetadata, data: Readonly<JobData>): boolean {
  const chosen = chosenPayload(data, CandidateStage.Metadata) !== undefined;
  return Boolean(metadata.musicbrainz.recordingId || metadata.isrc || chosen);
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

async function fileStat(path: string): Promise<{ size: number; mtimeMs: number }> {
  const { size, mtimeMs } = await stat(path);
  return { size, mtimeMs };
}
