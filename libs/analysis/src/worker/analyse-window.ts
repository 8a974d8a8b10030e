import type { Essentia, EssentiaVector } from 'essentia.js';
import { type KeyProfile, type RawFeatures, type RhythmMethod, TEMPO_RANGE } from './raw-features.js';
import { halfRate } from './half-rate.js';
import { FRAME_SIZE, spectralFrames } from './spectral-frames.js';
import { alternateBeatRatio, offbeatStrengthRatio } from './tempo-octave.js';
import { beatConfidence } from './beat-confidence.js';
import { onsetRate } from './onset-rate.js';

/** KeyExtractor's frame (and hop) at 44.1 kHz, its default. */
const KEY_FRAME_SIZE = 4096;

export interface WindowOptions {
  rhythmMethod: RhythmMethod;
  keyProfile: KeyProfile;
}

function free(...vectors: EssentiaVector[]): void {
  for (const vector of vectors) vector.delete();
}

/**
 * Measures one window of mono PCM. Whole-signal algorithms run in essentia's WASM on one copy of the window; the
 * frame-wise features, the onset rate and degara's beat confidence run in JavaScript (see spectral-frames). Every vector essentia hands back is deleted: the
 * WASM heap only grows, so anything left behind stays for the thread's life.
 */
export function analyseWindow(
  essentia: Essentia,
  pcm: Float32Array,
  sampleRate: number,
  { rhythmMethod, keyProfile }: WindowOptions,
): RawFeatures {
  const frames = spectralFrames(pcm, sampleRate);
  const signal = essentia.arrayToVector(pcm);
  try {
    const rhythm = essentia.RhythmExtractor2013(signal, TEMPO_RANGE.max, rhythmMethod, TEMPO_RANGE.min);
    const beats = Array.from(essentia.vectorToArray(rhythm.ticks));
    free(rhythm.ticks, rhythm.estimates, rhythm.bpmIntervals);
    const key = keyAtHalfRate(essentia, pcm, keyProfile, sampleRate);
    const dance = essentia.Danceability(signal);
    free(dance.dfa);
    const dynamics = essentia.DynamicComplexity(signal);
    const rms = essentia.RMS(signal).rms;
    const envelope = {
      strength: frames.onsetStrength,
      rateHz: frames.onsetRateHz,
      offsetSeconds: FRAME_SIZE / 2 / sampleRate,
    };
    return {
      extractorBpm: rhythm.bpm,
      // degara has no confidence of its own; beat-confidence gives one on multifeature's scale.
      bpmConfidence: rhythmMethod === 'multifeature' ? rhythm.confidence : beatConfidence(beats, envelope),
      beats,
      offbeatRatio: offbeatStrengthRatio(beats, envelope),
      alternateRatio: alternateBeatRatio(beats, envelope),
      key: key.key,
      scale: key.scale,
      keyStrength: key.strength,
      danceability: dance.danceability,
      dynamicComplexity: dynamics.dynamicComplexity,
      // From the frames' onset curve rather than essentia's OnsetRate: the same rate, 0.25 s less (onset-rate).
      onsetRate: onsetRate(frames.onsetStrength, frames.onsetRateHz),
      rms,
      spectralCentroidHz: frames.spectralCentroidHz,
      energy: frames.energy,
      mfccMeans: frames.mfccMeans,
    };
  } finally {
    free(signal);
  }
}

/**
 * essentia's KeyExtractor with its own defaults but the key profile chosen on the tuning set, run at half the
 * sample rate (see half-rate) with half-length frames: the same 10.8 Hz bins and the same key on the labelled set,
 * a third less CPU.
 */
function keyAtHalfRate(essentia: Essentia, pcm: Float32Array, profile: KeyProfile, sampleRate: number) {
  const signal = essentia.arrayToVector(halfRate(pcm));
  try {
    return essentia.KeyExtractor(
      signal,
      true,
      KEY_FRAME_SIZE / 2,
      KEY_FRAME_SIZE / 2,
      12,
      3500,
      60,
      25,
      0.2,
      profile,
      sampleRate / 2,
      0.0001,
      440,
      'cosine',
      'hann',
    );
  } finally {
    free(signal);
  }
}
