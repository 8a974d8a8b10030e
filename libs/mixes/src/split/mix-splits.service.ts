import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { MixSplitDto } from '@app/contracts';
import { ConflictError, ValidationError } from '@app/core';
import { LibraryIndex, resolveInside, toLibraryRelative } from '@app/library';
import { ProcessRunner } from '@app/platform';
import { formatOf, TagWriter } from '@app/tagger';
import { probeAudio } from '../chapters/probe-audio.js';
import { FRAMES_PER_SECOND } from '../cue/cue-time.js';
import type { MixLineEntity } from '../store/mix-line.entity.js';
import { MixPartEntity } from '../store/mix-part.entity.js';
import { MixStore } from '../store/mix-store.js';
import { MixSplitter, type SplitResult } from './mix-splitter.js';
import { PartIndexer } from './part-indexer.js';
import { partTags } from './part-tags.js';

type SplitProgress = Pick<MixSplitDto, 'state' | 'done' | 'total' | 'error' | 'sampleExact'>;

interface SplitPlan {
  mixId: string;
  /** The mix's file, inside the library root. */
  file: string;
  cuts: { line: MixLineEntity; startFrames: number; endFrames: number }[];
}

/**
 * Splits a mix at its timed lines: each part is cut, tagged as the recording its line resolved to (or from the
 * line's text), indexed in the library and linked to the mix. Runs in the background; progress is kept in memory.
 */
@Injectable()
export class MixSplits implements OnModuleDestroy {
  private readonly logger = new Logger(MixSplits.name);
  private readonly runs = new Map<string, SplitProgress>();
  private readonly pending = new Set<Promise<void>>();
  private readonly closing = new AbortController();

  constructor(
    private readonly store: MixStore,
    private readonly index: LibraryIndex,
    private readonly splitter: MixSplitter,
    private readonly writer: TagWriter,
    private readonly indexer: PartIndexer,
    private readonly runner: ProcessRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleDestroy(): Promise<void> {
    this.closing.abort();
    await Promise.allSettled([...this.pending]);
  }

  /** Starts the split; `finished` settles when every part is cut, tagged and indexed (or the split failed). */
  async start(mixId: string): Promise<{ status: MixSplitDto; finished: Promise<void> }> {
    if (this.runs.get(mixId)?.state === 'running') throw new ConflictError(`Mix ${mixId} is being split already`);
    const plan = await this.plan(mixId);
    // Checked again: another request may have started this mix's split while this one planned.
    if (this.runs.get(mixId)?.state === 'running') throw new ConflictError(`Mix ${mixId} is being split already`);
    const progress: SplitProgress = {
      state: 'running',
      done: 0,
      total: plan.cuts.length,
      error: null,
      sampleExact: null,
    };
    this.runs.set(mixId, progress);
    const finished = this.cut(plan, progress).finally(() => this.pending.delete(finished));
    this.pending.add(finished);
    return { status: await this.status(mixId), finished };
  }

  /** The split under way or last run since the server started, and the parts the mix has. */
  async status(mixId: string): Promise<MixSplitDto> {
    const { lines } = await this.store.get(mixId);
    const progress = this.runs.get(mixId) ?? { state: 'idle', done: 0, total: 0, error: null, sampleExact: null };
    const byId = new Map(lines.map((l) => [l.id, l]));
    const parts = (await this.store.parts(mixId)).map(({ part, path }) => ({
      position: part.position,
      lineId: part.lineId,
      trackId: part.trackId,
      path,
      artist: byId.get(part.lineId)?.artist ?? '',
      title: byId.get(part.lineId)?.title ?? '',
    }));
    return { ...progress, parts };
  }

  private async plan(mixId: string): Promise<SplitPlan> {
    const { mix, lines } = await this.store.get(mixId);
    const track = await this.index.findById(mix.trackId);
    if (!track) throw new ValidationError('id', "the mix's file is no longer in the library");
    const file = await resolveInside(this.config.paths.libraryRoot, track.path);
    if (!formatOf(file)) throw new ValidationError('id', `parts of a ${track.format} mix cannot be tagged`);
    const probe = await probeAudio(this.runner, file);
    const mixFrames = Math.floor(probe.durationSeconds * FRAMES_PER_SECOND);
    const timed = lines
      .filter((l) => l.startMs !== null && (l.startPrecision === 'second' || l.startPrecision === 'minute'))
      .map((line) => ({ line, startFrames: Math.round((line.startMs! * FRAMES_PER_SECOND) / 1000) }))
      .filter((t) => t.startFrames < mixFrames)
      .sort((a, b) => a.startFrames - b.startFrames)
      // Two lines at one time (a "w/" written as its own line) make one part, named after the first.
      .filter((t, i, all) => i === 0 || t.startFrames > all[i - 1]!.startFrames);
    if (timed.length < 2) throw new ValidationError('id', 'the tracklist needs two timed lines or more to cut at');
    const cuts = timed.map((t, i) => ({ ...t, endFrames: timed[i + 1]?.startFrames ?? mixFrames }));
    return { mixId, file, cuts };
  }

  private async cut(plan: SplitPlan, progress: SplitProgress): Promise<void> {
    const parts: MixPartEntity[] = [];
    try {
      const chapters = plan.cuts.map((c) => ({
        title: c.line.unidentified ? 'ID' : c.line.title,
        artist: c.line.unidentified ? '' : c.line.artist,
        startFrames: c.startFrames,
        endFrames: c.endFrames,
      }));
      const { sampleExact } = await this.splitter.split(plan.file, chapters, this.closing.signal, async (part, i) => {
        parts.push(await this.file(plan, part, plan.cuts[i]!.line, i + 1));
        progress.done = parts.length;
      });
      await this.store.saveParts(plan.mixId, parts);
      Object.assign(progress, { state: 'done', sampleExact });
    } catch (error) {
      Object.assign(progress, { state: 'failed', error: (error as Error).message });
      this.logger.warn(
        `Mix ${plan.mixId}: the split stopped after ${parts.length} parts (${(error as Error).message})`,
      );
    }
  }

  /** Tags one part through the tagger's safe write, indexes it, and links it to the mix. */
  private async file(
    plan: SplitPlan,
    part: SplitResult,
    line: MixLineEntity,
    position: number,
  ): Promise<MixPartEntity> {
    const root = this.config.paths.libraryRoot;
    const file = await resolveInside(root, toLibraryRelative(root, part.file));
    const track = line.trackId ? await this.index.findById(line.trackId) : null;
    const metadata = partTags({ line, ...(track ? { track } : {}) });
    await this.writer.write(file, { metadata }, { id3Version: this.config.tagging.id3Version });
    const row = await this.indexer.add(file);
    return Object.assign(new MixPartEntity(), {
      id: randomUUID(),
      mixId: plan.mixId,
      position,
      lineId: line.id,
      trackId: row.id,
      createdAt: Date.now(),
    });
  }
}
