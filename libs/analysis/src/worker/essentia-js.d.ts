// essentia.js ships no types; these cover the part of its API the analysis worker calls.
declare module 'essentia.js' {
  /** A vector living in the WASM heap: it stays there until deleted. */
  export interface EssentiaVector {
    delete(): void;
  }

  export class Essentia {
    constructor(wasm: unknown);
    arrayToVector(array: Float32Array): EssentiaVector;
    vectorToArray(vector: EssentiaVector): Float32Array;
    RhythmExtractor2013(
      signal: EssentiaVector,
      maxTempo: number,
      method: string,
      minTempo: number,
    ): {
      bpm: number;
      confidence: number;
      ticks: EssentiaVector;
      estimates: EssentiaVector;
      bpmIntervals: EssentiaVector;
    };
    KeyExtractor(
      audio: EssentiaVector,
      averageDetuningCorrection?: boolean,
      frameSize?: number,
      hopSize?: number,
      hpcpSize?: number,
      maxFrequency?: number,
      maximumSpectralPeaks?: number,
      minFrequency?: number,
      pcpThreshold?: number,
      profileType?: string,
      sampleRate?: number,
      spectralPeaksThreshold?: number,
      tuningFrequency?: number,
      weightType?: string,
      windowType?: string,
    ): { key: string; scale: string; strength: number };
    Danceability(signal: EssentiaVector): { danceability: number; dfa: EssentiaVector };
    DynamicComplexity(signal: EssentiaVector): { dynamicComplexity: number; loudness: number };
    OnsetRate(signal: EssentiaVector): { onsetRate: number; onsets: EssentiaVector };
    RMS(signal: EssentiaVector): { rms: number };
  }

  const essentia: { EssentiaWASM: unknown; Essentia: typeof Essentia };
  export default essentia;
}
