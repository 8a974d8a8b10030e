import { Injectable } from '@nestjs/common';
import { fileNameOf, type LinkEvidence } from '@app/acquisition';
import { rankScored, type RecordingCandidate, type Scored } from '@app/core';
import { IdentityResolver } from '../identity/identity-resolver.service.js';
import type { JobFingerprint } from '../metadata/fingerprint-check.js';
import { MetadataMatcher } from '../metadata/metadata-matcher.service.js';
import { asFoundRecording, libraryRecording, provenanceOf, queryOf } from './link-identity.js';

/** Readings resolved at most per link: each asks every metadata provider. */
const CLUES_TRIED = 3;

export type LinkIdentity =
  | { sure: true; recording: RecordingCandidate; reason: string; provenance: string[] }
  | {
      sure: false;
      asFound: RecordingCandidate;
      ranked: Scored<RecordingCandidate>[];
      reason: string;
      provenance: string[];
    };

/**
 * Which recording a downloaded link is: the library's own track when the fingerprint matches one, otherwise each
 * reading of the download (tags, site metadata, page title, file name) resolved like a typed query, with the
 * measured length and the tags' ids as evidence, until one is a strong match; failing that, the recording AcoustID
 * confidently names for the fingerprint (when an AcoustID key is set).
 */
@Injectable()
export class LinkIdentifier {
  constructor(
    private readonly resolver: IdentityResolver,
    private readonly matcher: MetadataMatcher,
  ) {}

  /** `fingerprint` (the kept file's, for AcoustID) is asked about only when no reading is a strong match. */
  async identify(evidence: LinkEvidence, signal?: AbortSignal, fingerprint?: JobFingerprint): Promise<LinkIdentity> {
    const provenance = provenanceOf(evidence);
    const known = libraryRecording(evidence);
    if (known && evidence.sameAudio) {
      const { path, similarity } = evidence.sameAudio;
      const reason = `the audio's fingerprint matches ${label(known)} in the library (${path}, similarity ${similarity.toFixed(2)})`;
      return { sure: true, recording: known, reason, provenance: [...provenance, reason] };
    }
    const ranked: Scored<RecordingCandidate>[] = [];
    const why: string[] = [];
    for (const clue of evidence.clues.slice(0, CLUES_TRIED)) {
      const resolution = await this.resolver.resolve(queryOf(clue), signal, {
        durationMs: evidence.durationMs,
        isrcs: clue.isrc ? [clue.isrc] : undefined,
        mbid: clue.mbid,
        album: clue.album,
      });
      const { recommendation } = resolution;
      const best = recommendation.best;
      if (best && (recommendation.level === 'strong' || (clue.mbid && best.candidate.mbid === clue.mbid))) {
        const reason = `strong match for the reading from ${clue.from}: ${recommendation.reason}`;
        return { sure: true, recording: best.candidate, reason, provenance };
      }
      why.push(`from ${clue.from}: ${recommendation.reason || 'nothing found'}`);
      ranked.push(...resolution.ranked);
    }
    const [named] = fingerprint ? await this.matcher.recordingsOfFingerprint(fingerprint, signal) : [];
    if (named) {
      const reason = `AcoustID names ${label(named.recording)} for the audio's fingerprint (score ${named.match.score.toFixed(2)})`;
      return { sure: true, recording: named.recording, reason, provenance: [...provenance, reason] };
    }
    const reason = evidence.clues.length
      ? `not sure which recording the link is (${why.join('; ')})`
      : 'the link says nothing about the recording (no tags, no title, no known fingerprint)';
    return {
      sure: false,
      asFound: asFoundRecording(evidence, fileNameOf(evidence.sourceUrl)),
      ranked: unique(rankScored(ranked)),
      reason,
      provenance,
    };
  }
}

/** The same recording found for two readings is offered once, at its best score. */
function unique(ranked: Scored<RecordingCandidate>[]): Scored<RecordingCandidate>[] {
  const seen = new Set<string>();
  return ranked.filter((s) => {
    const key = `${s.candidate.provider}:${s.candidate.providerId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const label = (r: RecordingCandidate) => `'${r.title}' by ${r.artists.join(', ')}`;
