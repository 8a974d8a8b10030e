/**
 * The frame-wise features in one pass over the window, in plain JavaScript: essentia.js configures a new
 * algorithm on every call (its MFCC rebuilds the mel filter bank each time, ~7 ms a frame) and copies every frame
 * into and out of the WASM heap, which made a sparse loop cost more than the key extractor. One FFT per frame feeds
 * the spectral centroid, the energy, the MFCCs and an onset-strength envelope (flux of the mel bands) that the
 * tempo octave check reads.
 */
export const FRAME_SIZE = 2048;
export const HOP_SIZE = 1024;
const MEL_BANDS = 40;
const MFCC_COEFFICIENTS = 13;
const MEL_HIGH_HZ = 11_000;
/** essentia's MFCC floor before the log (its `silenceThreshold`). */
const LOG_FLOOR = 1e-10;
/** Log compression of the magnitudes before the flux, so quiet onsets count as well as loud ones. */
const FLUX_COMPRESSION = 100;

export interface SpectralFrames {
  spectralCentroidHz: number;
  energy: number;
  mfccMeans: number[];
  /** Mel-band flux per hop: how much new energy each frame brings. */
  onsetStrength: Float32Array;
  /** Frames per second of `onsetStrength`. */
  onsetRateHz: number;
}

export function spectralFrames(pcm: Float32Array, sampleRate: number): SpectralFrames {
  const tables = tablesFor(sampleRate);
  const bins = FRAME_SIZE / 2 + 1;
  const frames = pcm.length >= FRAME_SIZE ? Math.floor((pcm.length - FRAME_SIZE) / HOP_SIZE) + 1 : 0;
  const re = new Float64Array(FRAME_SIZE);
  const im = new Float64Array(FRAME_SIZE);
  const magnitude = new Float64Array(bins);
  const melPower = new Float64Array(MEL_BANDS);
  const melDb = new Float64Array(MEL_BANDS);
  const previous = new Float64Array(MEL_BANDS);
  const mfccSums = new Float64Array(MFCC_COEFFICIENTS);
  const onsetStrength = new Float32Array(frames);
  let centroidSum = 0;
  let energySum = 0;
  for (let f = 0; f < frames; f++) {
    const start = f * HOP_SIZE;
    let energy = 0;
    for (let i = 0; i < FRAME_SIZE; i++) {
      const sample = pcm[start + i]!;
      energy += sample * sample;
      re[i] = sample * tables.window[i]!;
      im[i] = 0;
    }
    energySum += energy;
    fft(re, im, tables);
    let weighted = 0;
    let total = 0;
    for (let k = 0; k < bins; k++) {
      const m = Math.sqrt(re[k]! * re[k]! + im[k]! * im[k]!);
      magnitude[k] = m;
      weighted += k * m;
      total += m;
    }
    if (total > 0) centroidSum += ((weighted / total) * (sampleRate / 2)) / (bins - 1);
    melBands(magnitude, tables, melPower);
    let flux = 0;
    for (let b = 0; b < MEL_BANDS; b++) {
      const compressed = Math.log1p(FLUX_COMPRESSION * Math.sqrt(melPower[b]!));
      if (f > 0 && compressed > previous[b]!) flux += compressed - previous[b]!;
      previous[b] = compressed;
      melDb[b] = 20 * Math.log10(Math.max(melPower[b]!, LOG_FLOOR));
    }
    onsetStrength[f] = flux;
    for (let c = 0; c < MFCC_COEFFICIENTS; c++) {
      let sum = 0;
      const row = tables.dct[c]!;
      for (let b = 0; b < MEL_BANDS; b++) sum += row[b]! * melDb[b]!;
      mfccSums[c]! += sum;
    }
  }
  const mean = (sum: number) => (frames ? sum / frames : 0);
  return {
    spectralCentroidHz: mean(centroidSum),
    energy: mean(energySum),
    mfccMeans: Array.from(mfccSums, mean),
    onsetStrength,
    onsetRateHz: sampleRate / HOP_SIZE,
  };
}

interface Tables {
  window: Float64Array;
  cos: Float64Array;
  sin: Float64Array;
  reversed: Uint32Array;
  /** Per mel band: first bin and the triangle's weights from there. */
  filters: Array<{ from: number; weights: Float64Array }>;
  dct: Float64Array[];
}

const cache = new Map<number, Tables>();

function tablesFor(sampleRate: number): Tables {
  let tables = cache.get(sampleRate);
  if (!tables) cache.set(sampleRate, (tables = buildTables(sampleRate)));
  return tables;
}

function buildTables(sampleRate: number): Tables {
  // A Hann window scaled to an area of 2, as essentia's normalised windowing does.
  const window = new Float64Array(FRAME_SIZE);
  for (let i = 0; i < FRAME_SIZE; i++) window[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (FRAME_SIZE - 1));
  const area = window.reduce((s, w) => s + w, 0);
  for (let i = 0; i < FRAME_SIZE; i++) window[i]! *= 2 / area;
  const cos = new Float64Array(FRAME_SIZE / 2);
  const sin = new Float64Array(FRAME_SIZE / 2);
  for (let i = 0; i < FRAME_SIZE / 2; i++) {
    cos[i] = Math.cos((2 * Math.PI * i) / FRAME_SIZE);
    sin[i] = -Math.sin((2 * Math.PI * i) / FRAME_SIZE);
  }
  const bitsCount = Math.log2(FRAME_SIZE);
  const reversed = new Uint32Array(FRAME_SIZE);
  for (let i = 0; i < FRAME_SIZE; i++) {
    let r = 0;
    for (let b = 0; b < bitsCount; b++) r |= ((i >> b) & 1) << (bitsCount - 1 - b);
    reversed[i] = r;
  }
  return { window, cos, sin, reversed, filters: melFilters(sampleRate), dct: dctMatrix() };
}

const hzToMel = (hz: number) => 2595 * Math.log10(1 + hz / 700);
const melToHz = (mel: number) => 700 * (10 ** (mel / 2595) - 1);

/** Triangular filters evenly spaced on the HTK mel scale from 0 Hz to 11 kHz, each summing to one. */
function melFilters(sampleRate: number): Tables['filters'] {
  const binHz = sampleRate / FRAME_SIZE;
  const top = hzToMel(Math.min(MEL_HIGH_HZ, sampleRate / 2));
  const edges = Array.from({ length: MEL_BANDS + 2 }, (_, i) => melToHz((top * i) / (MEL_BANDS + 1)));
  return Array.from({ length: MEL_BANDS }, (_, band) => {
    const [low, centre, high] = [edges[band]!, edges[band + 1]!, edges[band + 2]!];
    const from = Math.ceil(low / binHz);
    const to = Math.floor(high / binHz);
    const weights = new Float64Array(Math.max(0, to - from + 1));
    for (let k = from; k <= to; k++) {
      const hz = k * binHz;
      weights[k - from] = hz <= centre ? (hz - low) / (centre - low) : (high - hz) / (high - centre);
    }
    const sum = weights.reduce((s, w) => s + w, 0);
    if (sum > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= sum;
    return { from, weights };
  });
}

/** Power per mel band; the MFCCs take it in decibels like essentia's (`type: power`, `logType: dbamp`). */
function melBands(magnitude: Float64Array, tables: Tables, out: Float64Array): void {
  tables.filters.forEach(({ from, weights }, band) => {
    let power = 0;
    for (let i = 0; i < weights.length; i++) power += weights[i]! * magnitude[from + i]! ** 2;
    out[band] = power;
  });
}

/** Orthonormal DCT-II rows for the first coefficients. */
function dctMatrix(): Float64Array[] {
  return Array.from({ length: MFCC_COEFFICIENTS }, (_, c) => {
    const scale = Math.sqrt((c === 0 ? 1 : 2) / MEL_BANDS);
    return Float64Array.from({ length: MEL_BANDS }, (_, b) => scale * Math.cos((Math.PI * c * (b + 0.5)) / MEL_BANDS));
  });
}

/** In-place iterative radix-2 FFT. */
function fft(re: Float64Array, im: Float64Array, { cos, sin, reversed }: Tables): void {
  const n = re.length;
  for (let i = 0; i < n; i++) {
    const j = reversed[i]!;
    if (j > i) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let size = 2; size <= n; size *= 2) {
    const half = size / 2;
    const step = n / size;
    for (let start = 0; start < n; start += size) {
      for (let k = 0; k < half; k++) {
        const a = start + k;
        const b = a + half;
        const wr = cos[k * step]!;
        const wi = sin[k * step]!;
        const tr = re[b]! * wr - im[b]! * wi;
        const ti = re[b]! * wi + im[b]! * wr;
        re[b] = re[a]! - tr;
        im[b] = im[a]! - ti;
        re[a]! += tr;
        im[a]! += ti;
      }
    }
  }
}
