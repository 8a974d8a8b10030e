import type { ParsedRequest, ProviderFailure, ScoreTarget } from '@app/core';

declare module '@app/jobs' {
  interface JobData {
    /** The request as RESOLVING_IDENTITY read it (artist, title, version words). */
    parsed?: ParsedRequest;
    /** What RESOLVING_IDENTITY scored the recordings against. */
    target?: ScoreTarget;
    /** The providers RESOLVING_IDENTITY could not ask, and why. */
    providerFailures?: ProviderFailure[];
    /** How sure RESOLVING_IDENTITY was of a strong match: its score and reasons. */
    identity?: { score: number; reasons: string[] };
    /** How MATCHING_METADATA identified a link's recording (which clues, which providers), for the history. */
    provenance?: string[];
  }
}
