import { preferredEdition } from '@app/core';

type ReleaseFacts = { foreignReleaseId: string; status: string | null; releaseDate: string | null; trackCount: number };

/** The album's edition whose tracks are fetched, by the one edition rule; one without a track list cannot be. */
export function preferredRelease<T extends ReleaseFacts>(releases: readonly T[]): T | undefined {
  const editions = releases
    .filter((release) => release.trackCount > 0)
    .map((release) => ({
      id: release.foreignReleaseId,
      status: release.status,
      date: release.releaseDate,
      trackCount: release.trackCount,
      release,
    }));
  return preferredEdition(editions)?.release;
}
