import { Injectable } from '@nestjs/common';
import {
  type AnalysedTrackDto,
  type AnalyzeLibraryResultDto,
  type JobDto,
  JobKind,
  JobStatus,
  type ListAnalysedTracksQuery,
  type Page,
  type TrackAnalysisDto,
} from '@app/contracts';
import { featureAxes, NotFoundError } from '@app/core';
import { JobsService } from '@app/jobs';
import { LibraryTracks } from '@app/library';
import { AudioAnalysis } from '../extract/audio-analysis.service.js';
import { TrackAnalyses } from '../store/track-analyses.js';

const ACTIVE = [JobStatus.Running, JobStatus.Waiting];
const PAGE = 500;

/** Asks for analyses (one job per track, never two at once for one track) and shows their results. */
@Injectable()
export class AnalysisRequests {
  constructor(
    private readonly jobs: JobsService,
    private readonly tracks: LibraryTracks,
    private readonly analysis: AudioAnalysis,
    private readonly results: TrackAnalyses,
  ) {}

  /** Queues an analysis of one track, or hands back the one already queued; 404 for an unknown track. */
  async analyseTrack(trackId: string): Promise<{ job: JobDto; created: boolean }> {
    await this.tracks.locate(trackId);
    const pending = await this.jobs.list({ kind: JobKind.Analysis, status: ACTIVE, q: trackId, pageSize: 1 });
    const existing = pending.records.find((job) => job.query === trackId);
    if (existing) return { job: existing, created: false };
    return this.jobs.create({ query: trackId, kind: JobKind.Analysis });
  }

  /** Queues every track without a result of the current analyser version and without a pending job. */
  async analyseLibrary(): Promise<AnalyzeLibraryResultDto> {
    const ids = await this.tracks.ids();
    const current = await this.results.currentAmong(ids, this.analysis.version);
    const pending = await this.pendingTrackIds();
    const jobIds: string[] = [];
    for (const id of ids) {
      if (current.has(id) || pending.has(id)) continue;
      jobIds.push((await this.jobs.create({ query: id, kind: JobKind.Analysis })).job.id);
    }
    return { tracks: ids.length, current: current.size, pending: pending.size, jobIds };
  }

  /** The stored result with its axes and sentences; 404 when the track has not been analysed. */
  async result(trackId: string): Promise<TrackAnalysisDto> {
    const row = await this.results.find(trackId);
    if (!row) throw new NotFoundError(`Track ${trackId} has not been analysed yet`);
    return {
      trackId,
      analyserVersion: row.analyserVersion,
      analysedAt: new Date(row.analysedAt).toISOString(),
      features: row.features,
      axes: featureAxes(row.features),
    };
  }

  /** Analysed tracks by tempo, key and energy, sorted by one of them. */
  async list(query: ListAnalysedTracksQuery): Promise<Page<AnalysedTrackDto>> {
    const page = await this.results.list({
      ...query,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 50,
      sortKey: query.sortKey ?? 'bpm',
      sortDirection: query.sortDirection ?? 'asc',
    });
    return {
      ...page,
      records: page.records.map((row) => ({
        trackId: row.trackId,
        bpm: row.bpm,
        key: row.musicalKey,
        energy: row.energy,
        analyserVersion: row.analyserVersion,
      })),
    };
  }

  private async pendingTrackIds(): Promise<Set<string>> {
    const ids = new Set<string>();
    for (let page = 1; ; page++) {
      const found = await this.jobs.list({ kind: JobKind.Analysis, status: ACTIVE, page, pageSize: PAGE });
      for (const job of found.records) ids.add(job.query);
      if (page * PAGE >= found.totalRecords) return ids;
    }
  }
}
