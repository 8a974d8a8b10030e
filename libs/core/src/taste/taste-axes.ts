import type { AudioFeatures } from '@app/contracts';
import { featureAxes } from '../analysis/index.js';

/** The axes the dashboard follows, each 0..1; key has no scale and is left out. */
export const TASTE_AXES = ['energy', 'danceability', 'brightness', 'acousticness', 'valence', 'tempo'] as const;
export type TasteAxis = (typeof TASTE_AXES)[number];

/** One value per taste axis, in TASTE_AXES order. */
export type TasteVector = number[];

/** A track's place on the taste axes; a track without a steady beat sits mid-tempo. */
export function tasteVector(features: AudioFeatures): TasteVector {
  const axes = featureAxes(features);
  return TASTE_AXES.map((name) => axes.find((a) => a.name === name)?.value ?? 0.5);
}

/** Moods as quadrants of energy and valence, the shares a stream graph shows. */
export const MOODS = ['upbeat', 'intense', 'relaxed', 'sombre'] as const;
export type Mood = (typeof MOODS)[number];

const ENERGY = TASTE_AXES.indexOf('energy');
const VALENCE = TASTE_AXES.indexOf('valence');

export function moodOf(vector: TasteVector): Mood {
  const energetic = (vector[ENERGY] ?? 0) >= 0.5;
  const bright = (vector[VALENCE] ?? 0) >= 0.5;
  if (energetic) return bright ? 'upbeat' : 'intense';
  return bright ? 'relaxed' : 'sombre';
}
