import { Injectable } from '@nestjs/common';
import type { NewJob } from '../engine/new-job.js';
import type { StepContext, StepOutcome } from '../engine/step.types.js';

/** The release an album job settled on, as a source sees it: enough to search, grab and match files. */
export interface AlbumRelease {
  /** The MusicBrainz release id. */
  id: string;
  artist: string;
  title: string;
  /** Every track in album order (discs one after the other), `position` counting from 1 across discs. */
  tracks: { position: number; title: string; durationMs?: number }[];
  /** The track jobs the album would get, in the same order as `tracks`. */
  children: NewJob[];
}

/** What a source answers: it took the album (the step's outcome), or why it left it to the others. */
export type AlbumSourceAnswer = { outcome: StepOutcome } | { declined: string | undefined };

/**
 * A way to get a whole album at once (a torrent) instead of one track job per track searching on its own. A
 * source that takes the album moves the job on itself (DOWNLOADING, or a person's choice between releases).
 */
export interface AlbumSource {
  readonly name: string;
  offer(ctx: StepContext, album: AlbumRelease): Promise<AlbumSourceAnswer>;
}

/**
 * The album sources the application has, asked in the order they registered once EXPANDING knows the release.
 * When none takes the album its tracks are searched one by one; the sources' sentences say why.
 */
@Injectable()
export class AlbumSources {
  private readonly sources: AlbumSource[] = [];

  register(source: AlbumSource): void {
    if (this.sources.some((s) => s.name === source.name))
      throw new Error(`Album source ${source.name} is registered twice`);
    this.sources.push(source);
  }

  async offer(ctx: StepContext, album: AlbumRelease): Promise<{ outcome?: StepOutcome; notes: string[] }> {
    const notes: string[] = [];
    for (const source of this.sources) {
      const answer = await source.offer(ctx, album);
      if ('outcome' in answer) return { outcome: answer.outcome, notes };
      if (answer.declined) notes.push(answer.declined);
    }
    return { notes };
  }
}
