/**
 * The code of one analysis worker thread, run with `new Worker(source, { eval: true })`: an evaluated script
 * needs no compiled file beside it, so the same worker runs from the TypeScript sources under test and from
 * dist. It loads essentia.js (path in workerData), answers `{ id, pcm, sampleRate, rhythmMethod }` messages
 * with `{ id, features }` or `{ id, error }`, and deletes every vector essentia hands back: the WASM heap only
 * grows, so anything left behind stays for the worker's life (the pool replaces workers every N files).
 */
export const ESSENTIA_WORKER_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { EssentiaWASM, Essentia } = require(workerData.essentiaPath);
const essentia = new Essentia(EssentiaWASM);
const FRAME = 2048;
// Every fourth frame: essentia.js configures a new algorithm on every call, so per-frame calls dominate the cost.
const HOP = 8192;
const MFCC_COEFFICIENTS = 13;

function free(...vectors) {
  for (const v of vectors) if (v && typeof v.delete === 'function') v.delete();
}

function analyse(pcm, sampleRate, rhythmMethod) {
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
    const frames = frameFeatures(pcm, sampleRate);
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
      ...frames,
    };
  } finally {
    free(signal);
  }
}

function frameFeatures(pcm, sampleRate) {
  const mfccSums = new Array(MFCC_COEFFICIENTS).fill(0);
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
    for (let i = 0; i < MFCC_COEFFICIENTS; i++) mfccSums[i] += coefficients[i];
    count++;
  }
  const mean = (sum) => (count ? sum / count : 0);
  return {
    spectralCentroidHz: mean(centroidSum),
    energy: mean(energySum),
    mfccMeans: mfccSums.map(mean),
  };
}

parentPort.on('message', ({ id, pcm, sampleRate, rhythmMethod }) => {
  try {
    parentPort.postMessage({ id, features: analyse(pcm, sampleRate, rhythmMethod) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;
