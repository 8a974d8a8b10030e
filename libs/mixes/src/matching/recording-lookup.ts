import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { MixLineRecording } from '@app/contracts';
import { IdentityResolver } from '@app/resolver';

const MAX_RECORDINGS = 5;

/** What the resolver made of a line's credit; nothing when the resolver is not loaded or failed. */
export interface LineRecordings {
  recordingId: string | null;
  recordings: MixLineRecording[];
}

/**
 * Lines not in the library go through the resolver's public API (the same scoring as any request) for a MusicBrainz
 * recording id and candidates. Looked up in the whole app, so apps without the resolver (scripted tests) skip it.
 */
@Injectable()
export class RecordingLookup {
  private readonly logger = new Logger(RecordingLookup.name);

  constructor(private readonly moduleRef: ModuleRef) {}

  async recordingsFor(artist: string, title: string): Promise<LineRecordings | undefined> {
    const resolver = this.resolver();
    if (!resolver) return undefined;
    try {
      const { ranked, recommendation } = await resolver.resolve(`${artist} - ${title}`);
      const recordings = ranked
        .filter((s) => s.candidate.mbid)
        .slice(0, MAX_RECORDINGS)
        .map((s) => ({
          recordingId: s.candidate.mbid!,
          artist: s.candidate.artists.join(', '),
          title: s.candidate.title,
          score: s.score,
          album: s.candidate.album ?? null,
          releaseDate: s.candidate.releaseDate ?? null,
          durationMs: s.candidate.durationMs ?? null,
          reasons: s.reasons.slice(0, 5),
        }));
      const best = recommendation.level === 'strong' ? recommendation.best?.candidate.mbid : undefined;
      return { recordingId: best ?? null, recordings };
    } catch (error) {
      this.logger.warn(`"${artist} - ${title}": the resolver failed (${(error as Error).message})`);
      return undefined;
    }
  }

  private resolver(): IdentityResolver | undefined {
    try {
      return this.moduleRef.get(IdentityResolver, { strict: false });
    } catch {
      return undefined;
    }
  }
}
