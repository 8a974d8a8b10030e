import { Inject, Injectable } from '@nestjs/common';
import {
  chooseSplit,
  formatDuration,
  isSameRecording,
  mergeDuplicates,
  type ParsedRequest,
  parseRequest,
  type Recommendation,
  recommend,
  type RecordingCandidate,
  rankScored,
  type ScoreTarget,
  scoreRecording,
  type Scored,
  targetFromRequest,
  wordSimilarity,
} from '@app/core';
import { gather, type ProviderFailure } from './provider-calls.js';
import { toRecordingCandidate } from './to-candidate.js';
import {
  isMetadataProvider,
  type MetadataProvider,
  type Provider,
  RESOLVER_PROVIDERS,
  type RecordingQuery,
} from '../providers/provider.types.js';

export interface IdentityResolution {
  parsed: ParsedRequest;
  target: ScoreTarget;
  ranked: Scored<RecordingCandidate>[];
  recommendation: Recommendation<RecordingCandidate>;
  asked: string[];
  failures: ProviderFailure[];
}

/** Which recording a request means: ask the metadata providers, merge, score, decide — with reasons. */
@Injectable()
export class IdentityResolver {
  constructor(@Inject(RESOLVER_PROVIDERS) private readonly providers: Provider[]) {}

  /**
   * `evidence` is what is known apart from the words (a download's measured length, the ISRC and MusicBrainz id in
   * its tags): it is scored like a length or id the request stated.
   */
  async resolve(query: string, signal?: AbortSignal, evidence: ResolveEvidence = {}): Promise<IdentityResolution> {
    const parsed = parseRequest(query);
    const providers = this.providers.filter(isMetadataProvider).filter((p) => p.isEnabled());
    const search = toRecordingQuery(parsed);
    const { results, asked, failures } = await gather<MetadataProvider, RecordingCandidate>(
      providers,
      'metadata',
      async (p) => (await p.searchRecordings(search, signal)).map(toRecordingCandidate),
    );
    const candidates = mergeDuplicates(results);
    const decided = withConsensus({ ...targetFor(parsed, candidates), ...definedOnly(evidence) }, candidates);
    return { parsed, ...decided, asked, failures };
  }
}

/** Facts about the wanted recording besides its title and artist. */
export type ResolveEvidence = Partial<Pick<ScoreTarget, 'durationMs' | 'isrcs' | 'mbid' | 'album'>>;

const definedOnly = (evidence: ResolveEvidence): ResolveEvidence =>
  Object.fromEntries(Object.entries(evidence).filter(([, value]) => value !== undefined));

function toRecordingQuery(parsed: ParsedRequest): RecordingQuery {
  const text = parsed.cleaned || parsed.input;
  if (!parsed.title || parsed.artists.length === 0) return { text };
  return { text, title: parsed.title, artist: parsed.artists.join(' ') };
}

/**
 * For a query without separator, the artist/title split that agrees best with what the providers found.
 * A split whose artist no provider credits is no reading at all ("smells like teen spirit" is not 'smells
 * like teen' by 'spirit'): the whole query is then the title, and no artist is expected.
 */
function targetFor(parsed: ParsedRequest, candidates: RecordingCandidate[]): ScoreTarget {
  if (parsed.splits.length === 0 || candidates.length === 0) return targetFromRequest(parsed);
  const known = candidates.map((c) => ({ title: c.title, artist: c.artists.join(', ') }));
  const choice = chooseSplit(parsed.splits, known);
  if (!choice || !known.some((k) => wordSimilarity(choice.split.artist, k.artist) > 0)) {
    return targetFromRequest(parsed);
  }
  return targetFromRequest({ ...parsed, title: choice.split.title, artists: [choice.split.artist] });
}

/**
 * A request rarely states a length. When several providers independently list the best recording with
 * one length, that agreement confirms it like a stated length would, so the request can go on unasked.
 */
function withConsensus(target: ScoreTarget, candidates: RecordingCandidate[]): Decided {
  const first = decide(target, candidates);
  const best = first.recommendation.best?.candidate;
  if (first.recommendation.level === 'strong' || target.durationMs || !best?.durationMs || !best.alsoFrom?.length) {
    return first;
  }
  const second = decide({ ...target, durationMs: best.durationMs }, candidates);
  const providers = new Set([best.provider, ...best.alsoFrom.map((ref) => ref.provider)]);
  const agreement = `${providers.size} providers agree on ${formatDuration(best.durationMs)}`;
  return {
    ...second,
    recommendation: { ...second.recommendation, reason: `${agreement}; ${second.recommendation.reason}` },
  };
}

interface Decided {
  target: ScoreTarget;
  ranked: Scored<RecordingCandidate>[];
  recommendation: Recommendation<RecordingCandidate>;
}

function decide(target: ScoreTarget, candidates: RecordingCandidate[]): Decided {
  const ranked = rankScored(candidates.map((c) => scoreRecording(target, c)));
  return { target, ranked, recommendation: recommend(ranked, { isSame: isSameRecording }) };
}
