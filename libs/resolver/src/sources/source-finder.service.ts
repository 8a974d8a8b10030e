import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_THRESHOLDS,
  rankScored,
  type RecordingCandidate,
  type Scored,
  scoreSource,
  type SourceCandidate,
  targetFromRecording,
} from '@app/core';
import { gather, type ProviderFailure } from '../identity/provider-calls.js';
import {
  isSourceProvider,
  type Provider,
  RESOLVER_PROVIDERS,
  type SourceProvider,
} from '../providers/provider.types.js';

export interface SourceSearch {
  ranked: Scored<SourceCandidate>[];
  /** The ones close enough to download, best first. */
  acceptable: Scored<SourceCandidate>[];
  asked: string[];
  failures: ProviderFailure[];
}

/** Audio sources for a chosen recording, ranked by title, artist, length, version and channel trust. */
@Injectable()
export class SourceFinder {
  constructor(@Inject(RESOLVER_PROVIDERS) private readonly providers: Provider[]) {}

  async find(recording: RecordingCandidate, signal?: AbortSignal): Promise<SourceSearch> {
    const providers = this.providers.filter(isSourceProvider).filter((p) => p.isEnabled());
    const target = targetFromRecording(recording);
    const query = {
      text: `${recording.artists.join(', ')} - ${recording.title}`,
      title: recording.title,
      artist: recording.artists.join(' '),
      isrc: recording.isrcs?.[0],
      durationMs: recording.durationMs,
    };
    const { results, asked, failures } = await gather<SourceProvider, SourceCandidate>(providers, 'audio source', (p) =>
      p.searchSources(query, signal),
    );
    const unique = [...new Map(results.map((s) => [`${s.provider}:${s.id}`, s])).values()];
    const ranked = rankScored(unique.map((source) => scoreSource(target, source)));
    const acceptable = ranked.filter((s) => s.distance <= DEFAULT_THRESHOLDS.mediumDistance);
    return { ranked, acceptable, asked, failures };
  }
}
