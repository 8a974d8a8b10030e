import { CandidateStage, JobState } from '@app/contracts';
import type { CandidateInput, StepOutcome } from '@app/jobs';
import type { StoredCandidate } from './intent-candidates.js';

/** What DOWNLOADING and EXTRACTING add to a job's data; a new search starts without them. */
const ACQUISITION_KEYS = ['sources', 'sourceIndex', 'sourceFailures', 'fallbacksUsed', 'download'];

interface RecordingRef {
  provider?: string;
  providerId?: string;
  title?: string;
  artists?: string[];
}

/**
 * When no source of the recording could be used: wait in USER_INTENT_SELECTION with the recordings offered
 * for the request earlier, each carrying what went wrong, so a person can pick another one or the same one
 * again; without earlier candidates the recording that was tried is the only one offered.
 */
export function askForRecording(
  data: Record<string, unknown>,
  stored: StoredCandidate[],
  why: string,
  failures: string[],
): StepOutcome {
  const tried = data['recording'] as RecordingRef | undefined;
  const summary = failures.join(' | ') || 'no source to try';
  const triedLabel = labelOf(tried, data);
  const candidates = stored.length
    ? stored.map((c) => reoffer(c, isTried(c.payload, tried), triedLabel, summary))
    : [onlyTheTried(data, tried, triedLabel, summary)];
  const kept = Object.fromEntries(Object.entries(data).filter(([key]) => !ACQUISITION_KEYS.includes(key)));
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
  data: Record<string, unknown>,
  tried: RecordingRef | undefined,
  label: string,
  summary: string,
): CandidateInput {
  const url = typeof data['sourceUrl'] === 'string' ? data['sourceUrl'] : undefined;
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

function isTried(payload: Record<string, unknown>, tried: RecordingRef | undefined): boolean {
  if (!tried?.provider || !tried.providerId) return false;
  return payload['provider'] === tried.provider && payload['providerId'] === tried.providerId;
}

function labelOf(recording: RecordingRef | undefined, data: Record<string, unknown>): string {
  if (recording?.title) {
    const artists = recording.artists?.length ? ` by ${recording.artists.join(', ')}` : '';
    return `'${recording.title}'${artists}`;
  }
  return typeof data['sourceUrl'] === 'string' ? data['sourceUrl'] : 'the requested recording';
}
