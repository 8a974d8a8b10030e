import type { RecordingCandidate, SourceCandidate } from '@app/core';

/**
 * A recording as a metadata provider describes it: the scoring shape, but with the one ISRC a provider
 * gives (scoring pools several) and without what only merging adds.
 */
export type ProviderRecording = Omit<RecordingCandidate, 'isrcs' | 'alsoFrom'> & { isrc?: string };

/** A place audio can be fetched from, with the artists, album and picture a source provider lists. */
export type ProviderSource = SourceCandidate & {
  artists?: string[];
  album?: string;
  thumbnailUrl?: string;
};
