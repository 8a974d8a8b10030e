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
  splitArtists,
  targetFromRequest,
  wordSimilarity,
} from '@app/core';
import { gather, type ProviderFailure } from './provider-calls.js';
import { toRecordingCandidate } from './to-candidate.js';
import { correctOneWord } from './typo-correction.js';
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
    const first = await searchAll(providers, search, signal);
    const decided = decideFor(parsed, first.results, evidence);
    if (!needsTypoRetry(decided)) return { parsed, ...decided, asked: first.asked, failures: first.failures };
    const second = await searchAll(providers, { ...search, fuzzy: true }, signal).catch(() => undefined);
    const found = second ? unionOf(first.results, second.results) : first.results;
    const retried = correctedDecision(decideFor(parsed, found, evidence), found);
    if (!second || !isBetter(retried, decided)) {
      return { parsed, ...decided, asked: first.asked, failures: first.failures };
    }
    const recommendation = {
      ...retried.recommendation,
      reason: `${[TYPO_RETRY, retried.correction].filter(Boolean).join('; ')}; ${retried.recommendation.reason}`,
    };
    return {
      parsed,
      ...retried,
      recommendation,
      asked: first.asked,
      failures: [...first.failures, ...second.failures],
    };
  }
}

const TYPO_RETRY =
  'nothing close matched the words as typed, so the search was repeated allowing one misspelt letter per word';

async function searchAll(providers: MetadataProvider[], query: RecordingQuery, signal?: AbortSignal) {
  return gather<MetadataProvider, RecordingCandidate>(providers, 'metadata', async (p) =>
    (await p.searchRecordings(query, signal)).map(toRecordingCandidate),
  );
}

/**
 * After the tolerant search: when the best candidate differs from the request by one letter in one word, the
 * request is read with the candidate's spelling and decided again, so a typo alone does not make it ask.
 */
function correctedDecision(decided: Decided, found: RecordingCandidate[]): Decided & { correction?: string } {
  const best = decided.recommendation.best?.candidate;
  const correction = best ? correctOneWord(decided.target, best) : undefined;
  if (!correction) return decided;
  return { ...decide(correction.target, mergeDuplicates(found)), correction: correction.sentence };
}

function decideFor(parsed: ParsedRequest, results: RecordingCandidate[], evidence: ResolveEvidence): Decided {
  const candidates = mergeDuplicates(results);
  return withConsensus({ ...targetFor(parsed, candidates), ...definedOnly(evidence) }, candidates);
}

/** Nothing found, or the best differs from the request in its title or artist words: perhaps a typo. */
function needsTypoRetry(decided: Decided): boolean {
  const { level, best } = decided.recommendation;
  if (level === 'strong') return false;
  if (!best) return true;
  return best.parts.some((part) => (part.name === 'title' || part.name === 'artist') && part.distance > 0);
}

const LEVEL_RANK: Record<string, number> = { strong: 3, medium: 2, low: 1, none: 0 };

function isBetter(retried: Decided, first: Decided): boolean {
  const a = retried.recommendation;
  const b = first.recommendation;
  if (LEVEL_RANK[a.level]! !== LEVEL_RANK[b.level]!) return LEVEL_RANK[a.level]! > LEVEL_RANK[b.level]!;
  return (a.best?.distance ?? 1) < (b.best?.distance ?? 1);
}

function unionOf(first: RecordingCandidate[], second: RecordingCandidate[]): RecordingCandidate[] {
  const key = (c: RecordingCandidate) => `${c.provider}\u0000${c.providerId}`;
  const seen = new Set(first.map(key));
  return [...first, ...second.filter((c) => !seen.has(key(c)))];
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
  return targetFromRequest({ ...parsed, title: choice.split.title, artists: splitArtists(choice.split.artist) });
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
