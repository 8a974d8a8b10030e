import type { KeptSource } from '@app/core';
import type { SourceSearch } from './source-finder.service.js';

/** How many ranked sources are kept for a download that fails verification to fall back on. */
export const SOURCES_KEPT = 5;

/** What DOWNLOADING starts from: the acceptable sources, best first, and the line saying which one leads. */
export interface KeptSources {
  sources: KeptSource[];
  reason: string;
}

/** The sources a download tries in turn; undefined when none is close enough to the recording. */
export function keptSources(search: SourceSearch): KeptSources | undefined {
  const best = search.acceptable[0];
  if (!best) return undefined;
  const kept = search.acceptable.slice(0, SOURCES_KEPT);
  return {
    sources: kept.map((s) => ({ ...s.candidate, score: s.score, reasons: s.reasons })),
    reason: `Best source: ${best.label} (score ${best.score}); ${kept.length} kept to fall back on`,
  };
}
