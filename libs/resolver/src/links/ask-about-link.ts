import { CandidateStage, JobState } from '@app/contracts';
import type { RecordingCandidate } from '@app/core';
import type { CandidateInput, JobData, StepOutcome } from '@app/jobs';
import { toCandidateInput } from '../identity/to-candidate.js';
import { metadataFrom } from '../metadata/track-metadata.js';
import type { LinkIdentity } from './link-identifier.service.js';

/** How many recordings a person is offered for a link that could not be identified for sure. */
export const LINK_CANDIDATES_SHOWN = 5;

/**
 * USER_METADATA_SELECTION for a link: the recordings its readings matched, best first, each with its reasons,
 * and last the download kept as it describes itself. The as-found recording is kept on the job, so whatever is
 * chosen goes on from MATCHING_METADATA like any other choice.
 */
export function askAboutLink(data: Readonly<JobData>, identity: Extract<LinkIdentity, { sure: false }>): StepOutcome {
  const offered = identity.ranked.slice(0, LINK_CANDIDATES_SHOWN).map((scored): CandidateInput => {
    const input = toCandidateInput(CandidateStage.Metadata, scored, scored.candidate.provider);
    return { ...input, payload: { ...metadataFrom(scored.candidate), label: scored.label } };
  });
  return {
    next: JobState.UserMetadataSelection,
    reason: `Link not identified for sure: ${identity.reason} (${identity.provenance.join('; ')}); choose the recording, or keep it as found`,
    data: { ...data, recording: identity.asFound, provenance: identity.provenance },
    candidates: [...offered, keepAsFound(identity.asFound, identity.provenance)],
  };
}

/**
 * USER_METADATA_SELECTION for a link identified for sure whose request asked to confirm (`options.ask`): the
 * identified recording first, with why, and the download kept as it describes itself.
 */
export function confirmLink(
  data: Readonly<JobData>,
  identity: Extract<LinkIdentity, { sure: true }>,
  asFound: RecordingCandidate,
): StepOutcome {
  const { recording } = identity;
  const identified: CandidateInput = {
    stage: CandidateStage.Metadata,
    provider: recording.provider,
    score: 1,
    reasons: [identity.reason, ...identity.provenance],
    payload: { ...metadataFrom(recording), label: `'${recording.title}' by ${recording.artists.join(', ')}` },
  };
  return {
    next: JobState.UserMetadataSelection,
    reason: `Asked to confirm: the link is '${recording.title}' (${identity.reason}); confirm it, or keep it as found`,
    data: { ...data, recording: asFound, provenance: identity.provenance },
    candidates: [identified, keepAsFound(asFound, identity.provenance)],
  };
}

function keepAsFound(recording: RecordingCandidate, provenance: string[]): CandidateInput {
  const artists = recording.artists.length ? ` by ${recording.artists.join(', ')}` : '';
  return {
    stage: CandidateStage.Metadata,
    provider: 'url',
    score: 0,
    reasons: ['keep it as found: the tags the download gave itself', ...provenance],
    payload: { ...metadataFrom(recording), label: `'${recording.title}'${artists} (as found)` },
  };
}
