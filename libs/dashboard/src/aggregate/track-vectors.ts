import { Injectable } from '@nestjs/common';
import { TrackFeatures } from '@app/analysis';
import { type TasteVector, tasteVector } from '@app/core';

/** Bounds the memory the cache takes (a 6-axis vector and its id are ~200 bytes). */
const MAX_CACHED = 200_000;

/**
 * Tracks' taste vectors, cached: analysis results change only when a track is analysed again, and the weekly
 * refit forgets them all. Tracks not analysed yet are asked for again next time.
 */
@Injectable()
export class TrackVectors {
  private readonly cache = new Map<string, TasteVector>();

  constructor(private readonly features: TrackFeatures) {}

  async of(trackIds: Iterable<string>): Promise<Map<string, TasteVector>> {
    const wanted = new Set(trackIds);
    const found = new Map<string, TasteVector>();
    const missing: string[] = [];
    for (const id of wanted) {
      const cached = this.cache.get(id);
      if (cached) found.set(id, cached);
      else missing.push(id);
    }
    if (missing.length) {
      for (const [id, features] of await this.features.of(missing)) {
        const vector = tasteVector(features);
        found.set(id, vector);
        if (this.cache.size < MAX_CACHED) this.cache.set(id, vector);
      }
    }
    return found;
  }

  forget(): void {
    this.cache.clear();
  }
}
