import type { Essentia, EssentiaVector } from 'essentia.js';
import { type KeyProfile, type RawFeatures, type RhythmMethod, TEMPO_RANGE } from './raw-features.js';
import { FRAME_SIZE, spectralFrames } from './spectral-frames.js';
import { alternateBeatRatio, offbeatStrengthRatio } from './tempo-octave.js';

export interface WindowOptions {
  rhythmMethod: RhythmMethod;
  keyProfile: KeyProfile;
}

function free(...vectors: EssentiaVector[]): void {
  for (const vector of vectors) vector.delete();
}

/**
 * Measures one window of mono PCM. Whole-signal algorithms run in essentia's WASM on one copy of the window; the
 * frame-wise features run in JavaScript (see spectral-frames). Every vector essentia hands back is deleted: the
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
    const key = keyExtractor(essentia, signal, keyProfile, sampleRate);
    const dance = essentia.Danceability(signal);
    free(dance.dfa);
    const dynamics = essentia.DynamicComplexity(signal);
    const onsets = essentia.OnsetRate(signal);
    free(onsets.onsets);
    const rms = essentia.RMS(signal).rms;
    const envelope = {
      strength: frames.onsetStrength,
      rateHz: frames.onsetRateHz,
      offsetSeconds: FRAME_SIZE / 2 / sampleRate,
    };
    return {
      extractorBpm: rhythm.bpm,
      bpmConfidence: rhythmMethod === 'multifeature' ? rhythm.confidence : null,
      beats,
      offbeatRatio: offbeatStrengthRatio(beats, envelope),
      alternateRatio: alternateBeatRatio(beats, envelope),
      key: key.key,
      scale: key.scale,
      keyStrength: key.strength,
      danceability: dance.danceability,
      dynamicComplexity: dynamics.dynamicComplexity,
      onsetRate: onsets.onsetRate,
      rms,
      spectralCentroidHz: frames.spectralCentroidHz,
      energy: frames.energy,
      mfccMeans: frames.mfccMeans,
    };
  } finally {
    free(signal);
  }
}

/** essentia's KeyExtractor with its own defaults, but the key profile chosen on the tuning set. */
function keyExtractor(essentia: Essentia, signal: EssentiaVector, profile: KeyProfile, sampleRate: number) {
  return essentia.KeyExtractor(
    signal,
    true,
    4096,
    4096,
    12,
    3500,
    60,
    25,
    0.2,
    profile,
    sampleRate,
    0.0001,
    440,
    'cosine',
    'hann',
  );
}
