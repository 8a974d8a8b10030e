export interface SeedingLimits {
  /** Remove once this ratio is reached; undefined = no ratio limit. */
  ratio?: number;
  /** Remove after seeding this long; undefined = no time limit. */
  seedMinutes?: number;
}

/**
 * Whether a finished torrent may leave the client, with the reason. No limit set means seed for ever: removal
 * is the person's choice, and private trackers count on it. An indexer's own minimums (Torznab minimumratio,
 * minimumseedtime) raise the person's limits, never lower them.
 */
export function removalDecision(
  seeding: { ratio: number; seedingSeconds: number },
  limits: SeedingLimits,
  indexerMinimum: { ratio?: number; seedSeconds?: number } = {},
): { remove: boolean; reason: string } {
  const ratio = limits.ratio === undefined ? undefined : Math.max(limits.ratio, indexerMinimum.ratio ?? 0);
  const seedSeconds =
    limits.seedMinutes === undefined ? undefined : Math.max(limits.seedMinutes * 60, indexerMinimum.seedSeconds ?? 0);
  if (ratio === undefined && seedSeconds === undefined) return { remove: false, reason: 'No seeding limit is set' };
  if (ratio !== undefined && seeding.ratio >= ratio)
    return { remove: true, reason: `Ratio ${seeding.ratio.toFixed(2)} reached the limit of ${ratio}` };
  if (seedSeconds !== undefined && seeding.seedingSeconds >= seedSeconds)
    return {
      remove: true,
      reason: `Seeded ${Math.floor(seeding.seedingSeconds / 60)} minutes, the limit is ${seedSeconds / 60}`,
    };
  return { remove: false, reason: 'Still seeding towards its limit' };
}
