export interface ReleaseChoiceInput {
  foreignReleaseId: string;
  status: string | null;
  releaseDate: string | null;
  trackCount: number;
}

/**
 * The edition of an album whose tracks are fetched: an official one, with the track count most editions
 * share (so not a deluxe edition with bonus tracks), released first.
 */
export function chooseAlbumRelease<T extends ReleaseChoiceInput>(releases: readonly T[]): T | undefined {
  const withTracks = releases.filter((release) => release.trackCount > 0);
  const official = withTracks.filter((release) => release.status?.toLowerCase() === 'official');
  const pool = official.length ? official : withTracks;
  if (!pool.length) return undefined;
  const counts = new Map<number, number>();
  for (const release of pool) counts.set(release.trackCount, (counts.get(release.trackCount) ?? 0) + 1);
  const common = Math.max(...counts.values());
  const usual = pool.filter((release) => counts.get(release.trackCount) === common);
  return [...usual].sort(
    (a, b) =>
      (a.releaseDate || '9999').localeCompare(b.releaseDate || '9999') ||
      a.trackCount - b.trackCount ||
      a.foreignReleaseId.localeCompare(b.foreignReleaseId),
  )[0];
}
