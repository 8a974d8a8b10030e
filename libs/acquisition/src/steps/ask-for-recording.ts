import { CandidateStage, JobState } from '@app/contracts';
import type { ProviderFailure, RecordingCandidate } from '@app/core';
import type { CandidateInput, JobData, StepOutcome } from '@app/jobs';
import { failureText } from './failure-text.js';
import type { StoredCandidate } from './intent-candidates.js';

/** What DOWNLOADING and EXTRACTING add to a job's data; a new search starts without them. */
const ACQUISITION_KEYS: readonly (keyof JobData)[] = [
  'sources',
  'sourceIndex',
  'sourceFailures',
  'fallbacksUsed',
  'download',
];

/**
 * When no source of the recording could be used: wait in USER_INTENT_SELECTION with the recordings offered
 * for the request earlier, each carrying what went wrong, so a person can pick another one or the same one
 * again; without earlier candidates the recording that was tried is the only one offered.
 */
export function askForRecording(
  data: Readonly<JobData>,
  stored: StoredCandidate[],
  why: string,
  failures: (string | ProviderFailure)[],
): StepOutcome {
  const tried = data.recording;
  const summary = failures.map(failureText).join(' | ') || 'no source to try';
  const triedLabel = labelOf(tried, data);
  const candidates = stored.length
    ? stored.map((c) => reoffer(c, isTried(c.payload, tried), triedLabel, summary))
    : [onlyTheTried(data, tried, triedLabel, summary)];
  const kept: JobData = { ...data };
  for (const key of ACQUISITION_KEYS) delete kept[key];
  return {
    next: JobState.UserIntentSelection,
    reason: `${why} (${summary}); choose a recording to try instead, or the same one to try again`,
    data: { ...kept, acquisitionFailures: failures },
    candidates,
  };
}

function reoffer(c: StoredCandidate, tried: boolean, triedLabel: string, summary: string): CandidateInput {
  const note = tried
    ? `tried already, every source failed: ${summary}`
    : `${triedLabel} was tried and failed: ${summary}`;
  return {
    stage: CandidateStage.Intent,
    provider: c.provider,
    score: c.score,
    scoreParts: c.scoreParts,
    reasons: [...c.reasons, note],
    payload: c.payload,
  };
}

function onlyTheTried(
  data: Readonly<JobData>,
  tried: RecordingCandidate | undefined,
  label: string,
  summary: string,
): CandidateInput {
  const url = data.sourceUrl;
  const payload = tried?.title
    ? { ...tried, label }
    : { provider: 'url', providerId: url ?? '', title: url ?? label, artists: [], url, label };
  return {
    stage: CandidateStage.Intent,
    provider: payload.provider ?? 'url',
    score: 0,
    reasons: [`tried already, every source failed: ${summary}`, 'choose it to try again'],
    payload,
  };
}

function isTried(payload: Record<string, unknown>, tried: RecordingCandidate | undefined): boolean {
  if (!tried?.provider || !tried.providerId) return false;
  return payload['provider'] === tried.provider && payload['providerId'] === tried.providerId;
}

function labelOf(recording: RecordingCandidate | undefined, data: Readonly<JobData>): string {
  if (recording?.title) {
    const artists = recording.artists?.length ? ` by ${recording.artists.join(', ')}` : '';
    return `'${recording.title}'${artists}`;
  }
  return data.sourceUrl ?? 'the requested recording';
}
