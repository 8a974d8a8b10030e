import type { RecordingCandidate } from '@app/core';

/** What places a recording on one release; a lookup's own pick of a release must not replace them. */
const RELEASE_FACTS = [
  'releaseId',
  'releaseGroupId',
  'primaryType',
  'secondaryTypes',
  'releaseStatus',
  'trackNumber',
  'discNumber',
];

/**
 * The canonical recording `found` for what a job asked for. A job that names its release (an album job's track)
 * keeps that release, its title, date and the track's place on it: the recording found by id or search carries the
 * release its provider thought best, which for a track of a compilation, a live album, a soundtrack or a later
 * edition is another album than the one requested.
 */
export function onRequestedRelease(requested: RecordingCandidate, found: RecordingCandidate): RecordingCandidate {
  const merged = { ...requested, ...found };
  const requestedRelease = requested.extra?.['releaseId'];
  if (typeof requestedRelease !== 'string' || !requestedRelease) return merged;
  const foundExtra = Object.fromEntries(
    Object.entries(found.extra ?? {}).filter(([key]) => !RELEASE_FACTS.includes(key)),
  );
  return {
    ...merged,
    album: requested.album,
    releaseDate: requested.releaseDate,
    coverUrl: requested.coverUrl,
    extra: { ...requested.extra, ...foundExtra, ...pickReleaseFacts(requested.extra) },
  };
}

function pickReleaseFacts(extra: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(extra ?? {}).filter(([key]) => RELEASE_FACTS.includes(key)));
}
