import { Logger } from '@nestjs/common';
import { JobKind, JobState } from '@app/contracts';
import {
  DEFAULT_THRESHOLDS,
  rankScored,
  type Recommendation,
  type RecordingCandidate,
  type Scored,
  scoreRecording,
  scoreSource,
  type SourceCandidate,
  targetFromRecording,
  targetFromRequest,
  parseRequest,
} from '@app/core';
import type { JobSnapshot, StepContext } from '@app/jobs';
import type { IdentityResolution } from '../../src/identity/identity-resolver.service.js';
import type { ProviderFailure } from '../../src/identity/provider-calls.js';
import type { MetadataMatch } from '../../src/metadata/metadata-matcher.service.js';
import type { TrackMetadata } from '../../src/metadata/track-metadata.js';
import type { SourceSearch } from '../../src/sources/source-finder.service.js';

/** What a step sees of a job: a track job in `state` with `data`, first attempt, never aborted. */
export function stepContext(state: JobState, job: Partial<JobSnapshot> = {}): StepContext {
  return {
    job: {
      id: 'job-1',
      kind: JobKind.Track,
      query: 'nirvana smells like teen spirit',
      options: {},
      state,
      data: {},
      attempt: 1,
      parentId: null,
      ...job,
    },
    signal: new AbortController().signal,
    logger: new Logger('step spec'),
    progress: () => undefined,
  };
}

/** MusicBrainz's canonical Nevermind recording (fixtures/musicbrainz/..._5fb524f1_...). */
export const TEEN_SPIRIT: RecordingCandidate = {
  provider: 'musicbrainz',
  providerId: '5fb524f1-8cc8-4c04-a921-e34c0a911ea7',
  mbid: '5fb524f1-8cc8-4c04-a921-e34c0a911ea7',
  title: 'Smells Like Teen Spirit',
  artists: ['Nirvana'],
  album: 'Nevermind',
  durationMs: 301_133,
  isrcs: ['USGF19942501'],
  releaseDate: '1991-09-24',
  extra: {
    releaseId: '006cb56d-6eff-4b7d-853f-ecd2db97f3b2',
    releaseGroupId: '1b022e01-4da6-387b-8658-8678046e4cef',
    trackNumber: '1',
  },
};

/** Deezer's entry for the Abstrakt single (fixtures/deezer/constructed_search_track_abstrakt_nobody_else.json). */
export const NOBODY_ELSE: RecordingCandidate = {
  provider: 'deezer',
  providerId: '1684567142',
  title: 'Nobody Else',
  artists: ['Abstrakt'],
  album: 'Nobody Else',
  durationMs: 162_000,
};

/** `recordings` scored against what `query` asks for, closest first. */
export function rankedFor(query: string, recordings: readonly RecordingCandidate[]): Scored<RecordingCandidate>[] {
  const target = targetFromRequest(parseRequest(query));
  return rankScored(recordings.map((r) => scoreRecording(target, r)));
}

/** `n` other recordings of the song (live takes, a demo…), as a provider lists them. */
export function otherTakes(n: number, of: RecordingCandidate = TEEN_SPIRIT): RecordingCandidate[] {
  return Array.from({ length: n }, (_, i) => ({
    ...of,
    providerId: `${of.providerId}-take-${i + 1}`,
    mbid: undefined,
    title: `${of.title} (live ${1990 + i})`,
    durationMs: (of.durationMs ?? 0) + (i + 1) * 7_000,
  }));
}

/** An IdentityResolver that answers one prepared resolution and remembers what it was asked. */
export class FakeIdentityResolver {
  readonly queries: string[] = [];

  constructor(private readonly answer: Partial<IdentityResolution> & { level?: Recommendation<unknown>['level'] }) {}

  async resolve(query: string): Promise<IdentityResolution> {
    this.queries.push(query);
    const { level = 'medium', ...answer } = this.answer;
    const parsed = parseRequest(query);
    const ranked = answer.ranked ?? [];
    return {
      parsed,
      target: targetFromRequest(parsed),
      ranked,
      recommendation: { level, best: ranked[0], margin: 0.2, reason: `${ranked[0]?.label ?? 'nothing'} (${level})` },
      asked: ['MusicBrainz', 'iTunes Search', 'Deezer'],
      failures: [],
      ...answer,
    };
  }
}

/** A SourceFinder that scores the given sources for real against the recording it is asked about. */
export class FakeSourceFinder {
  readonly recordings: RecordingCandidate[] = [];

  constructor(
    private readonly sources: readonly SourceCandidate[],
    private readonly failures: ProviderFailure[] = [],
  ) {}

  async find(recording: RecordingCandidate): Promise<SourceSearch> {
    this.recordings.push(recording);
    const target = targetFromRecording(recording);
    const ranked = rankScored(this.sources.map((s) => scoreSource(target, s)));
    const acceptable = ranked.filter((s) => s.distance <= DEFAULT_THRESHOLDS.mediumDistance);
    return { ranked, acceptable, asked: ['YouTube Music'], failures: this.failures };
  }
}

/** A YouTube Music song of `recording` as its artist's channel lists it. */
export function songOf(recording: RecordingCandidate, id: string, overrides: Partial<SourceCandidate> = {}) {
  return {
    provider: 'youtube_music',
    id,
    url: `https://music.youtube.com/watch?v=${id}`,
    title: recording.title,
    channel: recording.artists[0],
    isOfficialArtistChannel: true,
    durationMs: recording.durationMs,
    kind: 'song',
    ...overrides,
  } satisfies SourceCandidate;
}

/** A MetadataMatcher with a prepared match and enrichment. */
export class FakeMetadataMatcher {
  readonly matched: RecordingCandidate[] = [];
  readonly enriched: TrackMetadata[] = [];

  constructor(
    private readonly answer: MetadataMatch,
    private readonly enrichment: { coverUrl?: string; notes?: string[] } = {},
  ) {}

  async match(recording: RecordingCandidate): Promise<MetadataMatch> {
    this.matched.push(recording);
    return this.answer;
  }

  async enrich(metadata: TrackMetadata): Promise<{ metadata: TrackMetadata; notes: string[] }> {
    this.enriched.push(metadata);
    return { metadata: { ...metadata, coverUrl: this.enrichment.coverUrl }, notes: this.enrichment.notes ?? [] };
  }
}
