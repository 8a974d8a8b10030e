import type { AudioFeatureFilters, LibrarySortKey } from '@app/contracts';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { TRACK_ALIAS } from './track-query.js';

/** The alias of `track_analysis` when a track list is filtered or sorted by its analysis. */
export const ANALYSIS_ALIAS = 'a';

const FEATURE_SORT_KEYS: ReadonlySet<LibrarySortKey> = new Set(['bpm', 'energy']);

/**
 * Joins each track's analysis (the `track_analysis` table the analysis feature keeps, by name: the library does
 * not depend on that feature) when the list is filtered or sorted by BPM, key or energy. A filter keeps only
 * analysed tracks; a sort alone keeps every track, the unanalysed last.
 */
export function joinAudioFeatures<T extends object>(
  qb: SelectQueryBuilder<T>,
  query: AudioFeatureFilters & { sortKey: LibrarySortKey },
): void {
  const a = ANALYSIS_ALIAS;
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  const between = (column: string, min: number | undefined, max: number | undefined, name: string) => {
    if (min !== undefined) {
      clauses.push(`${a}.${column} >= :${name}Min`);
      params[`${name}Min`] = min;
    }
    if (max !== undefined) {
      clauses.push(`${a}.${column} <= :${name}Max`);
      params[`${name}Max`] = max;
    }
  };
  between('bpm', query.bpmMin, query.bpmMax, 'bpm');
  between('energy', query.energyMin, query.energyMax, 'energy');
  if (query.key !== undefined) {
    clauses.push(`LOWER(${a}.musical_key) = :musicalKey`);
    params['musicalKey'] = query.key.toLowerCase();
  }
  if (!clauses.length && !FEATURE_SORT_KEYS.has(query.sortKey)) return;
  const on = `${a}.track_id = ${TRACK_ALIAS}.id`;
  if (clauses.length) qb.innerJoin('track_analysis', a, on);
  else qb.leftJoin('track_analysis', a, on);
  clauses.forEach((clause) => qb.andWhere(clause));
  qb.setParameters(params);
}

/** The analysed tempo and key of each of `trackIds` that has an analysis, by track id. */
export async function selectAudioFeatures(
  manager: EntityManager,
  trackIds: readonly string[],
): Promise<Map<string, { bpm: number; key: string }>> {
  if (!trackIds.length) return new Map();
  const rows = await manager
    .createQueryBuilder()
    .select(`${ANALYSIS_ALIAS}.track_id`, 'trackId')
    .addSelect(`${ANALYSIS_ALIAS}.bpm`, 'bpm')
    .addSelect(`${ANALYSIS_ALIAS}.musical_key`, 'musicalKey')
    .from('track_analysis', ANALYSIS_ALIAS)
    .where(`${ANALYSIS_ALIAS}.track_id IN (:...trackIds)`, { trackIds })
    .getRawMany<{ trackId: string; bpm: number | string; musicalKey: string }>();
  return new Map(rows.map((row) => [row.trackId, { bpm: Number(row.bpm), key: row.musicalKey }]));
}
