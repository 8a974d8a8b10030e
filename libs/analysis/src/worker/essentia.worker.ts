/**
 * One analysis worker thread. It answers `{ id, pcm, sampleRate, rhythmMethod }` messages with `{ id, features }`
 * or `{ id, error }`, and deletes every vector essentia hands back: the WASM heap only grows, so anything left
 * behind stays for the thread's life (the pool replaces threads every N files).
 */
import { parentPort } from 'node:worker_threads';
import essentiaJs, { type EssentiaVector } from 'essentia.js';
import type { AnalyseMessage, AnalyseReply, RawFeatures, RhythmMethod } from './raw-features.js';

const essentia = new essentiaJs.Essentia(essentiaJs.EssentiaWASM);
const FRAME = 2048;
// Every fourth frame: essentia.js configures a new algorithm on every call, so per-frame calls dominate the cost.
const HOP = 8192;
const MFCC_COEFFICIENTS = 13;

function free(...vectors: EssentiaVector[]): void {
  for (const vector of vectors) vector.delete();
}

function analyse(pcm: Float32Array, sampleRate: number, rhythmMethod: RhythmMethod): RawFeatures {
  const signal = essentia.arrayToVector(pcm);
  try {
    const rhythm = essentia.RhythmExtractor2013(signal, 208, rhythmMethod, 40);
    const beats = Array.from(essentia.vectorToArray(rhythm.ticks));
    free(rhythm.ticks, rhythm.estimates, rhythm.bpmIntervals);
    const key = essentia.KeyExtractor(signal);
    const dance = essentia.Danceability(signal);
    free(dance.dfa);
    const dynamics = essentia.DynamicComplexity(signal);
    const onsets = essentia.OnsetRate(signal);
    free(onsets.onsets);
    const rms = essentia.RMS(signal).rms;
    return {
      extractorBpm: rhythm.bpm,
      bpmConfidence: rhythmMethod === 'multifeature' ? rhythm.confidence : null,
      beats,
      key: key.key,
      scale: key.scale,
      keyStrength: key.strength,
      danceability: dance.danceability,
      dynamicComplexity: dynamics.dynamicComplexity,
      onsetRate: onsets.onsetRate,
      rms,
      ...frameFeatures(pcm, sampleRate),
    };
  } finally {
    free(signal);
  }
}

function frameFeatures(
  pcm: Float32Array,
  sampleRate: number,
): Pick<RawFeatures, 'spectralCentroidHz' | 'energy' | 'mfccMeans'> {
  const mfccSums = new Array<number>(MFCC_COEFFICIENTS).fill(0);
  let centroidSum = 0;
  let energySum = 0;
  let count = 0;
  for (let start = 0; start + FRAME <= pcm.length; start += HOP) {
    const frame = essentia.arrayToVector(pcm.subarray(start, start + FRAME));
    const windowed = essentia.Windowing(frame, true, FRAME, 'hann').frame;
    const spectrum = essentia.Spectrum(windowed, FRAME).spectrum;
    const centroid = essentia.Centroid(spectrum, sampleRate / 2).centroid;
    const energy = essentia.Energy(frame).energy;
    const mfcc = essentia.MFCC(spectrum, 2, 11000, FRAME / 2 + 1);
    const coefficients = essentia.vectorToArray(mfcc.mfcc);
    free(frame, windowed, spectrum, mfcc.mfcc, mfcc.bands);
    if (Number.isFinite(centroid)) centroidSum += centroid;
    energySum += energy;
    for (let i = 0; i < MFCC_COEFFICIENTS; i++) mfccSums[i]! += coefficients[i] ?? 0;
    count++;
  }
  const mean = (sum: number) => (count ? sum / count : 0);
  return { spectralCentroidHz: mean(centroidSum), energy: mean(energySum), mfccMeans: mfccSums.map(mean) };
}

parentPort?.on('message', ({ id, pcm, sampleRate, rhythmMethod }: AnalyseMessage) => {
  let reply: AnalyseReply;
  try {
    reply = { id, features: analyse(pcm, sampleRate, rhythmMethod) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
