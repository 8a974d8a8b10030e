import { type OnsetEnvelope, peakNear } from './tempo-octave.js';

/**
 * A beat confidence for the degara tracker, which gives beats but no confidence of its own, on the 0–5.32 scale of
 * RhythmExtractor2013's multifeature confidence (so "a clear beat" at 3.5 means the same for both). It reads how
 * much the onsets pulse with the tracked beats: the onset curve's self-similarity one beat apart (periodicity),
 * how far the onsets at the beats stand above those between them (contrast), how sudden and broadband they are
 * (attack: a drum or a click lifts every mel band at once, a note only its own harmonics) and how even the beat
 * intervals are (regularity); periodicity counts for more with a sharp attack (a pulse of soft notes is a weaker
 * beat than a pulse of drums). The weights were fitted on the tuning half of the labelled set against multifeature's confidence
 * on the same items (see the analysis accuracy bench, `--confidence-only`).
 */
export const MAX_BEAT_CONFIDENCE = 5.32;

export interface BeatEvidenceForConfidence {
  /** Autocorrelation of the onset curve at the median beat interval: 1 when it repeats every beat, ~0 for noise. */
  periodicity: number;
  /**
   * Mean onset peak at the beats over that a third and two thirds of the way to the next beat, minus one: 0 when
   * the beats sit on nothing special (thirds, so that eighth and sixteenth notes do not count against a beat).
   */
  contrast: number;
  /** One minus the coefficient of variation of the beat intervals: 1 for an even beat. */
  regularity: number;
  /** log(1 + the mean onset strength at the beats), the strength being the summed mel-band flux. */
  attack: number;
}

export interface ConfidenceWeights {
  intercept: number;
  periodicity: number;
  contrast: number;
  regularity: number;
  attack: number;
  periodicityTimesAttack: number;
}

/** Fitted on the tuning half (least squares against multifeature's confidence; see the accuracy bench). */
export const CONFIDENCE_WEIGHTS: ConfidenceWeights = {
  intercept: -32.861,
  periodicity: 2.466,
  contrast: -0.204,
  // Steep: on the tuning half only beatless audio (clicks at random moments) tracked unevenly, 0.87–0.92 where
  // every pulse measured 0.96 or more; a tempo that drifts reads as an uncertain beat too.
  regularity: 33.965,
  attack: 1.485,
  periodicityTimesAttack: -0.974,
};

/** Contrast above this adds nothing: a click track's beats stand out without bound over the silence between. */
const CONTRAST_CAP = 4;

export function beatEvidence(beats: readonly number[], envelope: OnsetEnvelope): BeatEvidenceForConfidence {
  const intervals: number[] = [];
  for (let i = 0; i + 1 < beats.length; i++) intervals.push(beats[i + 1]! - beats[i]!);
  if (intervals.length < 2 || envelope.strength.length === 0)
    return { periodicity: 0, contrast: 0, regularity: 0, attack: 0 };
  let atBeats = 0;
  for (const beat of beats) atBeats += peakNear(beat, envelope);
  return {
    periodicity: periodicityAt(envelope, median(intervals)),
    contrast: contrastAtBeats(beats, envelope),
    regularity: regularityOf(intervals),
    attack: Math.log1p(atBeats / beats.length),
  };
}

export function beatConfidence(
  beats: readonly number[],
  envelope: OnsetEnvelope,
  weights: ConfidenceWeights = CONFIDENCE_WEIGHTS,
): number {
  if (beats.length < 3) return 0;
  return confidenceFrom(beatEvidence(beats, envelope), weights);
}

export function confidenceFrom(evidence: BeatEvidenceForConfidence, weights: ConfidenceWeights): number {
  const value =
    weights.intercept +
    weights.periodicity * evidence.periodicity +
    weights.contrast * evidence.contrast +
    weights.regularity * evidence.regularity +
    weights.attack * evidence.attack +
    weights.periodicityTimesAttack * evidence.periodicity * evidence.attack;
  return Math.min(MAX_BEAT_CONFIDENCE, Math.max(0, value));
}

/** Normalised autocorrelation of the mean-removed curve, the best of the lags within a frame of the interval. */
function periodicityAt({ strength, rateHz }: OnsetEnvelope, intervalSeconds: number): number {
  let mean = 0;
  for (const v of strength) mean += v;
  mean /= strength.length;
  let variance = 0;
  for (const v of strength) variance += (v - mean) ** 2;
  if (variance <= 0) return 0;
  const centre = Math.round(intervalSeconds * rateHz);
  let best = 0;
  for (let lag = Math.max(1, centre - 1); lag <= centre + 1 && lag < strength.length; lag++) {
    let sum = 0;
    for (let i = 0; i + lag < strength.length; i++) sum += (strength[i]! - mean) * (strength[i + lag]! - mean);
    // Scaled as if every lag had the whole curve's overlap, so longer lags are not penalised for being shorter.
    best = Math.max(best, (sum / (strength.length - lag)) * (strength.length / variance));
  }
  return best;
}

function contrastAtBeats(beats: readonly number[], envelope: OnsetEnvelope): number {
  let atBeats = 0;
  let between = 0;
  for (let i = 0; i + 1 < beats.length; i++) {
    const interval = beats[i + 1]! - beats[i]!;
    atBeats += peakNear(beats[i]!, envelope);
    between += (peakNear(beats[i]! + interval / 3, envelope) + peakNear(beats[i]! + (2 * interval) / 3, envelope)) / 2;
  }
  if (atBeats <= 0) return 0;
  if (between <= 0) return CONTRAST_CAP;
  return Math.min(CONTRAST_CAP, Math.max(0, atBeats / between - 1));
}

function regularityOf(intervals: readonly number[]): number {
  const mean = intervals.reduce((s, v) => s + v, 0) / intervals.length;
  if (mean <= 0) return 0;
  const variance = intervals.reduce((s, v) => s + (v - mean) ** 2, 0) / intervals.length;
  return Math.max(0, 1 - Math.sqrt(variance) / mean);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
