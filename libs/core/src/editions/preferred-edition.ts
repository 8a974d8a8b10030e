/** One edition (release) of an album, as any provider or catalogue describes it. */
export interface Edition {
  id: string;
  status?: string | null;
  date?: string | null;
  /** 0 when unknown. */
  trackCount: number;
}

/**
 * The one rule for which edition of an album TrueTrack takes when nobody named one: an official edition, with
 * the track count most editions share (so not a deluxe edition with bonus tracks, nor a single-disc sampler),
 * released first. Editions whose track count is unknown only count when no edition's is known.
 */
export function preferredEdition<T extends Edition>(editions: readonly T[]): T | undefined {
  const known = editions.filter((edition) => edition.trackCount > 0);
  const candidates = known.length ? known : editions;
  const official = candidates.filter((edition) => edition.status?.toLowerCase() === 'official');
  const pool = official.length ? official : candidates;
  if (!pool.length) return undefined;
  const counts = new Map<number, number>();
  for (const edition of pool) counts.set(edition.trackCount, (counts.get(edition.trackCount) ?? 0) + 1);
  const common = Math.max(...counts.values());
  const usual = pool.filter((edition) => counts.get(edition.trackCount) === common);
  return [...usual].sort(
    (a, b) =>
      (a.date || '9999').localeCompare(b.date || '9999') || a.trackCount - b.trackCount || a.id.localeCompare(b.id),
  )[0];
}
