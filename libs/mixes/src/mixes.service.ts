import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type {
  CreateMixRequest,
  FixMixLineRequest,
  MixDto,
  MixSummaryDto,
  RequestMissingResponse,
} from '@app/contracts';
import { NotFoundError, ValidationError } from '@app/core';
import { JobsService } from '@app/jobs';
import { LibraryIndex } from '@app/library';
import { secondsToFrames } from './cue/cue-time.js';
import { tracklistToCue } from './cue/tracklist-to-cue.js';
import { writeCueSheet } from './cue/write-cue-sheet.js';
import { MixFiles } from './files/mix-files.js';
import { LibraryCandidates } from './matching/library-candidates.js';
import { matchLine } from './matching/match-line.js';
import { RecordingLookup } from './matching/recording-lookup.js';
import { MixLineEntity } from './store/mix-line.entity.js';
import { MixStore } from './store/mix-store.js';
import { mixSummaryView, mixView } from './store/mix-view.js';
import { MixEntity } from './store/mix.entity.js';
import { parseTracklist } from './tracklist/parse-tracklist.js';
import { creditOf } from './tracklist/read-credit.js';
import type { ParsedTracklist, TracklistEntry } from './tracklist/tracklist.types.js';

export type TracklistSource = 'paste' | 'link' | 'cue';

/** Mixes: a library track and its tracklist, matched line by line, with a CUE sheet and chapters written. */
@Injectable()
export class MixesService implements OnModuleDestroy {
  private readonly logger = new Logger(MixesService.name);
  /** Lookups of missing lines under way, waited for when the app closes. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly store: MixStore,
    private readonly index: LibraryIndex,
    private readonly candidates: LibraryCandidates,
    private readonly files: MixFiles,
    private readonly jobs: JobsService,
    private readonly recordings: RecordingLookup,
  ) {}

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  async create(request: CreateMixRequest): Promise<MixDto> {
    const tracklist = parseTracklist(request.tracklist);
    if (tracklist.entries.length === 0) throw new ValidationError('tracklist', 'no track could be read from it');
    return this.attach(request.trackId, tracklist, request.tracklist, 'paste', request.title);
  }

  /** Attaches a tracklist already read (from a link's info, a sheet) to the library track that is the mix. */
  async attach(
    trackId: string,
    tracklist: ParsedTracklist,
    text: string,
    source: TracklistSource,
    title?: string,
  ): Promise<MixDto> {
    const track = await this.index.findById(trackId);
    if (!track) throw new ValidationError('trackId', `no library track with id ${trackId}`);
    const now = Date.now();
    const mix = Object.assign(new MixEntity(), {
      id: randomUUID(),
      trackId,
      title: title ?? tracklist.heading ?? track.title ?? track.path,
      tracklistSource: source,
      tracklistFormat: tracklist.format,
      tracklistText: text,
      cuePath: null,
      chaptersMethod: null,
      createdAt: now,
      updatedAt: now,
    });
    const lines: MixLineEntity[] = [];
    for (const entry of tracklist.entries) lines.push(await this.lineOf(mix.id, entry));
    await this.store.save(mix, lines);
    await this.writeFiles(mix, track.path, tracklist);
    // The resolver asks providers (MusicBrainz at one request a second): the mix is answered first.
    const lookup = this.resolveMissing(mix.id).finally(() => this.pending.delete(lookup));
    this.pending.add(lookup);
    return this.get(mix.id);
  }

  /** Every line not in the library (IDs excepted) through the resolver, one after the other. */
  private async resolveMissing(mixId: string): Promise<void> {
    try {
      const { lines } = await this.store.get(mixId);
      for (const line of lines.filter((l) => l.status === 'missing' && !l.unidentified)) {
        const found = await this.recordings.recordingsFor(line.artist, line.title);
        if (!found) continue;
        // Re-read: a person may have fixed the line meanwhile.
        const current = (await this.store.get(mixId)).lines.find((l) => l.id === line.id);
        if (current?.status !== 'missing') continue;
        await this.store.updateLine(Object.assign(current, found), mixId);
      }
    } catch (error) {
      this.logger.warn(`Mix ${mixId}: its missing lines were not resolved (${(error as Error).message})`);
    }
  }

  async list(): Promise<MixSummaryDto[]> {
    const rows = await this.store.list();
    const views: MixSummaryDto[] = [];
    for (const { mix, counts } of rows) views.push(mixSummaryView(mix, await this.pathOf(mix.trackId), counts));
    return views;
  }

  async get(id: string): Promise<MixDto> {
    const { mix, lines } = await this.store.get(id);
    return mixView(mix, await this.pathOf(mix.trackId), lines);
  }

  /**
   * A person's answer for one line: a library candidate picked (or any library track), one of the resolver's
   * recordings picked (the line stays missing from the library, now identified), or the credit typed anew.
   */
  async fixLine(id: string, lineId: string, fix: FixMixLineRequest): Promise<MixDto> {
    const { lines } = await this.store.get(id);
    const line = lines.find((l) => l.id === lineId);
    if (!line) throw new NotFoundError(`No line ${lineId} in mix ${id}`);
    if (fix.trackId !== undefined) {
      const track = await this.index.findById(fix.trackId);
      if (!track) throw new ValidationError('trackId', `no library track with id ${fix.trackId}`);
      Object.assign(line, { status: 'fixed', trackId: track.id, unidentified: false });
    } else if (fix.recordingId !== undefined) {
      const recording = line.recordings?.find((r) => r.recordingId === fix.recordingId);
      if (!recording) throw new ValidationError('recordingId', `not one of the recordings found for line ${lineId}`);
      Object.assign(line, {
        artist: recording.artist,
        title: recording.title,
        recordingId: recording.recordingId,
        unidentified: false,
        status: line.status === 'requested' ? 'requested' : 'missing',
        trackId: null,
      });
    } else {
      if (!fix.artist?.trim() || !fix.title?.trim()) {
        throw new ValidationError(fix.artist?.trim() ? 'title' : 'artist', 'give a trackId, or both artist and title');
      }
      const credit = creditOf(fix.artist.trim(), fix.title.trim());
      const retyped = await this.lineOf(id, {
        ...credit,
        position: line.position,
        startPrecision: 'none',
        together: [],
        line: 0,
        raw: '',
      });
      Object.assign(line, {
        artist: fix.artist.trim(),
        title: fix.title.trim(),
        unidentified: false,
        status: retyped.status === 'in-library' ? 'fixed' : retyped.status,
        trackId: retyped.trackId,
        candidates: retyped.candidates,
        recordingId: null,
        recordings: null,
      });
      if (line.status === 'missing') {
        Object.assign(line, await this.recordings.recordingsFor(line.artist, line.title));
      }
    }
    await this.store.updateLine(line, id);
    return this.get(id);
  }

  /** Every missing line of the mix becomes one list request (the list API's job), in one call. */
  async requestMissing(id: string): Promise<RequestMissingResponse> {
    const { lines } = await this.store.get(id);
    const missing = lines.filter((l) => l.status === 'missing' && !l.unidentified);
    if (missing.length === 0) throw new ValidationError('id', 'this mix has no missing line to request');
    const text = missing.map((l) => (l.artist ? `${l.artist} - ${l.title}` : l.title)).join('\n');
    const created = await this.jobs.createList({ text });
    for (const line of missing) await this.store.updateLine(Object.assign(line, { status: 'requested' }), id);
    return { listJobId: created.job.id, requested: missing.length };
  }

  /** The CUE sheet of the mix as a download, from its current lines. */
  async cue(id: string): Promise<{ fileName: string; text: string }> {
    const mix = await this.get(id);
    const fileName = mix.path.slice(mix.path.lastIndexOf('/') + 1);
    const text = writeCueSheet({
      title: mix.title,
      file: fileName,
      tracks: mix.lines
        .filter((l) => l.start !== null && (l.startPrecision === 'second' || l.startPrecision === 'minute'))
        .map((l) => ({ title: l.title, performer: l.artist, startFrames: secondsToFrames(l.start!) })),
    });
    return { fileName: `${fileName.replace(/\.[^.]+$/, '')}.cue`, text };
  }

  private async lineOf(mixId: string, entry: TracklistEntry): Promise<MixLineEntity> {
    const match = entry.unidentified
      ? { status: 'unidentified' as const, trackId: null, candidates: [] }
      : matchLine(
          {
            artist: entry.artist,
            title: entry.title,
            artists: entry.parsed?.artists ?? [],
            parsedTitle: entry.parsed?.title,
          },
          await this.candidates.find(entry.parsed?.title ?? entry.title),
        );
    return Object.assign(new MixLineEntity(), {
      id: randomUUID(),
      mixId,
      position: entry.position,
      startMs: entry.start === undefined ? null : Math.round(entry.start * 1000),
      startPrecision: entry.startPrecision,
      artist: entry.artist,
      title: entry.title,
      label: entry.label ?? null,
      together: entry.together.length ? entry.together.map((t) => ({ artist: t.artist, title: t.title })) : null,
      unidentified: entry.unidentified,
      ...match,
      recordingId: null,
      recordings: null,
      raw: entry.raw,
    });
  }

  /** The sheet and the chapters: a failure here leaves the tracklist saved and is logged, not thrown. */
  private async writeFiles(mix: MixEntity, path: string, tracklist: ParsedTracklist): Promise<void> {
    const sheet = tracklistToCue(tracklist, { file: path, title: mix.title });
    if (sheet.tracks.length === 0) return;
    try {
      const cuePath = await this.files.writeCue(path, sheet);
      const starts = sheet.tracks.map((t) => ({
        title: t.performer ? `${t.performer} - ${t.title}` : t.title,
        startFrames: t.startFrames,
      }));
      const chaptersMethod = await this.files.embedChapters(path, starts);
      await this.store.updateMix(mix.id, { cuePath, chaptersMethod });
    } catch (error) {
      this.logger.warn(`Mix ${mix.id}: could not write its CUE sheet or chapters (${(error as Error).message})`);
    }
  }

  private async pathOf(trackId: string): Promise<string> {
    return (await this.index.findById(trackId))?.path ?? '';
  }
}
