import type { RecordingCandidate } from '@app/core';

/**
 * Whether a person's chosen intent payload is a recording (a provider's id, a title and its artists), as
 * RESOLVING_IDENTITY offered it; the payload comes back from outside, so its shape is checked, not assumed.
 */
export function isChosenRecording(
  payload: Record<string, unknown>,
): payload is Record<string, unknown> & RecordingCandidate {
  return (
    typeof payload['provider'] === 'string' &&
    typeof payload['providerId'] === 'string' &&
    typeof payload['title'] === 'string' &&
    Array.isArray(payload['artists']) &&
    payload['artists'].every((artist) => typeof artist === 'string')
  );
}
