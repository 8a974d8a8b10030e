import { fileNameOf, type LinkEvidence } from '@app/acquisition';
import { CandidateStage, JobState } from '@app/contracts';
import { PermanentError, type RecordingCandidate } from '@app/core';
import { chosenMetadata } from '@app/tagger';
import {
  type CandidateInput,
  type JobData,
  type PipelineStep,
  type StepContext,
  StepHandler,
  type StepOutcome,
} from '@app/jobs';
import { toCandidateInput } from '../identity/to-candidate.js';
import { askAboutLink, confirmLink } from '../links/ask-about-link.js';
import { asFoundRecording } from '../links/link-identity.js';
import { LinkIdentifier } from '../links/link-identifier.service.js';
import type { FingerprintCheck } from '../metadata/fingerprint-check.js';
import { type MetadataMatch, MetadataMatcher } from '../metadata/metadata-matcher.service.js';
import { onRequestedRelease } from '../metadata/on-requested-release.js';
import { metadataFrom } from '../metadata/track-metadata.js';

/** How many of the recordings AcoustID names are looked up at MusicBrainz and offered. */
const ACOUSTID_OFFERED = 3;

/**
 * MATCHING_METADATA: canonical metadata for the file. Sure → TAGGING; unsure → USER_METADATA_SELECTION with
 * the MusicBrainz candidates and, as the last choice, the metadata as the source provider gave it. With a
 * fingerprint and AcoustID on, a sure match that AcoustID contradicts is also put to a person.
 */
@StepHandler(JobState.MatchingMetadata)
export class MatchMetadataStep implements PipelineStep {
  constructor(
    private readonly matcher: MetadataMatcher,
    private readonly links: LinkIdentifier,
  ) {}

  async run(ctx: StepContext): Promise<StepOutcome> {
    const data = ctx.job.data;
    const recording = data.recording;
    if (recording?.title) return this.matchRecording(ctx, data, recording);
    const evidence = data.linkEvidence;
    if (!evidence) {
      throw new PermanentError('MATCHING_METADATA needs the recording chosen earlier, and this job has none');
    }
    return this.identifyLink(ctx, evidence);
  }

  /** A link names no recording: the download's own evidence does, or a person picks among what it matched. */
  private async identifyLink(ctx: StepContext, evidence: LinkEvidence): Promise<StepOutcome> {
    const { compressed, durationSec } = ctx.job.data.fingerprint ?? {};
    const identity = await this.links.identify(
      evidence,
      ctx.signal,
      compressed && durationSec ? { compressed, durationSec } : undefined,
    );
    if (!identity.sure) return askAboutLink(ctx.job.data, identity);
    if (ctx.job.options.ask) {
      return confirmLink(ctx.job.data, identity, asFoundRecording(evidence, fileNameOf(evidence.sourceUrl)));
    }
    const data = { ...ctx.job.data, recording: identity.recording, provenance: identity.provenance };
    const outcome = await this.matchRecording(ctx, data, identity.recording);
    const facts = identity.provenance.length ? ` (${identity.provenance.join('; ')})` : '';
    return { ...outcome, reason: `Link identified: ${identity.reason}${facts}; ${outcome.reason}` };
  }

  private async matchRecording(
    ctx: StepContext,
    data: Readonly<JobData>,
    recording: RecordingCandidate,
  ): Promise<StepOutcome> {
    const chosen = chosenMetadata(data);
    if (chosen) {
      const { metadata, notes } = await this.matcher.enrich(chosen, recording.durationMs, ctx.signal);
      const reason = `Metadata chosen by a person${notes.length ? ` (${notes.join('; ')})` : ''}`;
      return { next: JobState.Tagging, reason, data: { ...data, metadata } };
    }
    const match = await this.matcher.match(recording, ctx.signal);
    const check = await this.checkFingerprint(data, match, ctx.signal);
    if (match.metadata) {
      if (check?.verdict === 'disagrees') return this.askAboutFingerprint(ctx, data, recording, match, check);
      const { metadata, notes } = await this.matcher.enrich(match.metadata, recording.durationMs, ctx.signal);
      const all = [...(check ? [check.note] : []), ...notes];
      const reason = all.length ? `${match.reason} (${all.join('; ')})` : match.reason;
      return { next: JobState.Tagging, reason, data: { ...data, metadata } };
    }
    const offered = match.ranked.slice(0, 5).map((s) => {
      const input = toCandidateInput(CandidateStage.Metadata, s, 'musicbrainz');
      return { ...input, payload: { ...metadataFrom(onRequestedRelease(recording, s.candidate)), label: s.label } };
    });
    const reason = check ? `${match.reason} (${check.note})` : match.reason;
    return { next: JobState.UserMetadataSelection, reason, data, candidates: [...offered, asFound(recording)] };
  }

  private checkFingerprint(
    data: Readonly<JobData>,
    match: MetadataMatch,
    signal: AbortSignal,
  ): Promise<FingerprintCheck | undefined> {
    const fingerprint = data.fingerprint;
    if (!fingerprint?.compressed || !fingerprint.durationSec) return Promise.resolve(undefined);
    const { compressed, durationSec } = fingerprint;
    return this.matcher.checkFingerprint({ compressed, durationSec }, match.metadata?.musicbrainz.recordingId, signal);
  }

  /** The recordings AcoustID names first, then the MusicBrainz match it contradicts, then the metadata as found. */
  private async askAboutFingerprint(
    ctx: StepContext,
    data: Readonly<JobData>,
    recording: RecordingCandidate,
    match: MetadataMatch,
    check: Extract<FingerprintCheck, { verdict: 'disagrees' }>,
  ): Promise<StepOutcome> {
    const named = await this.matcher.recordingsNamedBy(check.named.slice(0, ACOUSTID_OFFERED), ctx.signal);
    const fromAcoustid = named.map(({ recording: found, match: fingerprint }) => ({
      stage: CandidateStage.Metadata,
      provider: 'acoustid',
      score: fingerprint.score,
      reasons: [`the audio's fingerprint matches it at AcoustID (score ${fingerprint.score.toFixed(2)})`],
      payload: { ...metadataFrom(onRequestedRelease(recording, found)), label: `${label(found)} (AcoustID)` },
    }));
    const matched: CandidateInput = {
      stage: CandidateStage.Metadata,
      provider: 'musicbrainz',
      score: match.recommendation?.best?.score ?? 0,
      reasons: ['matched by title and artist, but AcoustID does not name it for this audio'],
      payload: { ...match.metadata, label: `${label(match.metadata!)} (MusicBrainz match)` },
    };
    return {
      next: JobState.UserMetadataSelection,
      reason: `${match.reason}, but ${check.note}`,
      data,
      candidates: [...fromAcoustid, matched, asFound(recording)],
    };
  }
}

function asFound(recording: RecordingCandidate): CandidateInput {
  return {
    stage: CandidateStage.Metadata,
    provider: recording.provider,
    score: 0,
    reasons: ['keep the metadata as the source provider gave it'],
    payload: { ...metadataFrom(recording), label: 'as found' },
  };
}

const label = (r: { title: string; artists: string[] }) => `'${r.title}' by ${r.artists.join(', ')}`;
