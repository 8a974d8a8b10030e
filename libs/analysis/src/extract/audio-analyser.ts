import { type AudioFeatures } from '@app/contracts';
import { analysisWindow, tempoFromBeats } from '@app/core';
import { AnalysisWorkerPool } from '../worker/analysis-worker-pool.js';
import { type KeyProfile, type RawFeatures, type RhythmMethod, TEMPO_RANGE } from '../worker/raw-features.js';
import { tempoOctave } from '../worker/tempo-octave.js';
import { ANALYSIS_SAMPLE_RATE } from './build-decode-args.js';
import { decodeWindow } from './decode-window.js';

/** Bump when what is computed changes: stored results of another version are analysed again. */
const FEATURES_REVISION = 4;
/** KeyExtractor's profile, chosen on the tuning part of the labelled set (see the analysis accuracy bench). */
export const DEFAULT_KEY_PROFILE: KeyProfile = 'edma';
const ESSENTIA_VERSION = '0.1.3';

export interface AudioAnalyserOptions {
  ffmpeg: string;
  ffmpegTimeoutMs?: number;
  windowSeconds: number;
  workers: number;
  recycleAfter: number;
  rhythmMethod: RhythmMethod;
  /** Only the accuracy bench sets it, to compare profiles; the application uses the default. */
  keyProfile?: KeyProfile;
}

/** The version stored with every result; a result of another version is stale. */
export function analyserVersion(rhythmMethod: RhythmMethod): string {
  return `${FEATURES_REVISION}/essentia.js-${ESSENTIA_VERSION}/${rhythmMethod}`;
}

/** Decodes a window of a file with ffmpeg and measures it with essentia.js in the worker pool. */
export class AudioAnalyser {
  readonly pool: AnalysisWorkerPool;
  readonly version: string;

  constructor(private readonly options: AudioAnalyserOptions) {
    this.pool = new AnalysisWorkerPool({ size: options.workers, recycleAfter: options.recycleAfter });
    this.version = analyserVersion(options.rhythmMethod);
  }

  async analyse(file: string, trackSeconds: number | undefined, signal?: AbortSignal): Promise<AudioFeatures> {
    const window = analysisWindow(trackSeconds, this.options.windowSeconds);
    const decoded = await decodeWindow(this.options.ffmpeg, file, window, {
      signal,
      timeoutMs: this.options.ffmpegTimeoutMs,
    });
    const analysedSeconds = decoded.pcm.length / ANALYSIS_SAMPLE_RATE;
    if (decoded.pcm.length < ANALYSIS_SAMPLE_RATE) {
      throw new Error(`Too little audio to analyse (${analysedSeconds.toFixed(2)} s)`);
    }
    const methods = {
      rhythmMethod: this.options.rhythmMethod,
      keyProfile: this.options.keyProfile ?? DEFAULT_KEY_PROFILE,
    };
    // The decoded window is not needed here any more: it moves to the worker thread rather than being copied.
    const raw = await this.pool.analyse(decoded.pcm, methods, signal, { transfer: true });
    return toFeatures(raw, decoded.loudness.integratedLufs, decoded.loudness.rangeLu, analysedSeconds);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/** Below this RMS (about -100 dBFS) there is nothing to hear, and the trackers report noise as beats. */
const SILENT_RMS = 1e-5;

function toFeatures(raw: RawFeatures, loudnessLufs: number, loudnessRangeLu: number, seconds: number): AudioFeatures {
  const audible = raw.rms >= SILENT_RMS;
  const tracked = raw.extractorBpm > 0 ? tempoFromBeats(raw.beats, raw.extractorBpm) : 0;
  return {
    bpm: audible ? round(tempoOctave(tracked, raw, TEMPO_RANGE), 2) : 0,
    bpmConfidence: raw.bpmConfidence === null ? null : audible ? round(raw.bpmConfidence, 3) : 0,
    key: raw.key,
    scale: raw.scale === 'major' ? 'major' : 'minor',
    keyStrength: audible ? round(Math.max(0, raw.keyStrength), 4) : 0,
    danceability: round(raw.danceability, 4),
    dynamicComplexity: round(raw.dynamicComplexity, 4),
    onsetRate: round(raw.onsetRate, 4),
    spectralCentroidHz: round(raw.spectralCentroidHz, 1),
    rms: round(raw.rms, 6),
    energy: round(raw.energy, 6),
    mfccMeans: raw.mfccMeans.map((m) => round(m, 4)),
    loudnessLufs,
    loudnessRangeLu,
    analysedSeconds: round(seconds, 3),
  };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
