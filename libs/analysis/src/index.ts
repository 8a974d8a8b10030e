/** The analyser without Nest, for benchmarks and tests: ffmpeg decoding plus essentia.js in worker threads. */
export { AudioAnalyser, analyserVersion, type AudioAnalyserOptions } from './extract/audio-analyser.js';
export type { RhythmMethod } from './worker/raw-features.js';
