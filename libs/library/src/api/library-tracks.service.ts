import { Injectable } from '@nestjs/common';
import type { LibraryTrackDetailDto, LibraryTrackJobDto, LibraryTrackPage } from '@app/contracts';
import { NotFoundError } from '@app/core';
import { JobsService } from '@app/jobs';
import { TagReader } from '@app/tagger';
import { LibraryIndex } from '../index-store/library-index.repository.js';
import { toLibraryTrack, toLibraryTrackDetail } from '../index-store/library-track.mapper.js';
import { DEFAULT_PAGE_SIZE, type ListLibraryTracksQueryDto } from './dto/list-library-tracks.query.js';
import { TrackFiles } from './track-file.service.js';

/** What the library API shows of the index. */
@Injectable()
export class LibraryTracks {
  constructor(
    private readonly index: LibraryIndex,
    private readonly files: TrackFiles,
    private readonly reader: TagReader,
    private readonly jobs: JobsService,
  ) {}

  async list(query: ListLibraryTracksQueryDto): Promise<LibraryTrackPage> {
    const effective = {
      ...query,
      sortKey: query.sortKey ?? 'artist',
      sortDirection: query.sortDirection ?? 'asc',
      page: query.page ?? 1,
      pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE,
    } as const;
    const [records, totalRecords] = await this.index.list(effective);
    const sounds = await this.index.audioFeaturesOf(records.map((t) => t.id));
    const withSound = records.map((t) => {
      const sound = sounds.get(t.id);
      return { ...toLibraryTrack(t), ...(sound && { sound }) };
    });
    const { page, pageSize, sortKey, sortDirection } = effective;
    return { page, pageSize, sortKey, sortDirection, totalRecords, records: withSound };
  }

  /** The indexed track with its tags and audio as read from the file now, and the job that stored it. */
  async get(id: string): Promise<LibraryTrackDetailDto> {
    const track = await this.files.getTrack(id);
    const read = await this.files
      .fileOf(track)
      .then((file) => this.reader.read(file))
      .catch((error: Error) => ({ problem: error.message }));
    return toLibraryTrackDetail(track, read, await this.jobOf(track.jobId));
  }

  /** A track's file on disk and its indexed length, for work on its audio; 404 when the track or file is gone. */
  async locate(id: string): Promise<{ file: string; durationMs: number | null }> {
    const track = await this.files.getTrack(id);
    return { file: await this.files.fileOf(track), durationMs: track.durationMs };
  }

  /** The id of every indexed track. */
  async ids(): Promise<string[]> {
    return (await this.index.filesUnder('')).map((file) => file.id);
  }

  private async jobOf(jobId: string | null): Promise<LibraryTrackJobDto | null> {
    if (!jobId) return null;
    try {
      const job = await this.jobs.get(jobId);
      return { id: job.id, query: job.query, status: job.status, state: job.state, createdAt: job.createdAt };
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }
}
