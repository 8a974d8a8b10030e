// The beat confidence for degara and the JavaScript onset rate, fitted on the tuning half against essentia's own
// (multifeature's confidence, OnsetRate) and reported on the holdout half. Part of the analysis accuracy bench.
import essentiaJs from 'essentia.js';
import { type AnalysisWorkerPool } from '../src/worker/analysis-worker-pool.js';
import {
  beatEvidence,
  type BeatEvidenceForConfidence,
  CONFIDENCE_WEIGHTS,
  confidenceFrom,
  type ConfidenceWeights,
} from '../src/worker/beat-confidence.js';
import { ONSET_PICKING, onsetRate } from '../src/worker/onset-rate.js';
import { FRAME_SIZE, spectralFrames } from '../src/worker/spectral-frames.js';
import { confidenceSplit, onsetSplit } from '../test/support/labelled-set.js';

const RATE = 44_100;
/** RhythmExtractor2013's documented boundary between a good and an excellent confidence; feature-axes uses it. */
const CLEAR_BEAT = 3.5;
const ONSET_THRESHOLDS = [0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3];
const OVER_MEDIAN = [1, 1.5, 2, 3, 4];

interface Reading {
  name: string;
  multifeature: number;
  evidence: BeatEvidenceForConfidence;
  essentiaOnsetRate: number;
  strength: Float32Array;
  rateHz: number;
}

async function read(pool: AnalysisWorkerPool, items: Array<{ name: string; make(): Float32Array }>) {
  const essentia = new essentiaJs.Essentia(essentiaJs.EssentiaWASM);
  const readings: Reading[] = [];
  for (const item of items) {
    const pcm = item.make();
    const [mf, dg] = await Promise.all([
      pool.analyse(pcm, { rhythmMethod: 'multifeature', keyProfile: 'edma' }),
      pool.analyse(pcm, { rhythmMethod: 'degara', keyProfile: 'edma' }),
    ]);
    const frames = spectralFrames(pcm, RATE);
    const envelope = {
      strength: frames.onsetStrength,
      rateHz: frames.onsetRateHz,
      offsetSeconds: FRAME_SIZE / 2 / RATE,
    };
    const signal = essentia.arrayToVector(pcm);
    const onsets = essentia.OnsetRate(signal);
    const essentiaOnsetRate = onsets.onsetRate;
    onsets.onsets.delete();
    signal.delete();
    readings.push({
      name: item.name,
      multifeature: mf.bpmConfidence ?? 0,
      evidence: beatEvidence(dg.beats, envelope),
      essentiaOnsetRate,
      strength: frames.onsetStrength,
      rateHz: frames.onsetRateHz,
    });
  }
  return readings;
}

const TERMS = ['intercept', 'periodicity', 'contrast', 'regularity', 'attack', 'periodicityTimesAttack'] as const;

function terms({ periodicity, contrast, regularity, attack }: BeatEvidenceForConfidence): number[] {
  return [1, periodicity, contrast, regularity, attack, periodicity * attack];
}

/** Least squares of multifeature's confidence on the evidence (normal equations, Gaussian elimination). */
function fit(readings: Reading[]): ConfidenceWeights {
  const rows = readings.map((r) => terms(r.evidence));
  const n = TERMS.length;
  const a = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n + 1 }, (_, j) =>
      rows.reduce((s, row, k) => s + row[i]! * (j < n ? row[j]! : readings[k]!.multifeature), 0),
    ),
  );
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const factor = a[row]![col]! / a[col]![col]!;
      for (let j = col; j <= n; j++) a[row]![j]! -= factor * a[col]![j]!;
    }
  }
  return Object.fromEntries(TERMS.map((term, i) => [term, a[i]![n]! / a[i]![i]!])) as unknown as ConfidenceWeights;
}

function agreement(readings: Reading[], weights: ConfidenceWeights) {
  let sameSide = 0;
  let absError = 0;
  const disagree: string[] = [];
  for (const r of readings) {
    const ours = confidenceFrom(r.evidence, weights);
    absError += Math.abs(ours - r.multifeature);
    if (ours >= CLEAR_BEAT === r.multifeature >= CLEAR_BEAT) sameSide++;
    else disagree.push(`${r.name}: ${ours.toFixed(2)} vs ${r.multifeature.toFixed(2)}`);
  }
  return { sameSide, meanAbsError: absError / readings.length, disagree };
}

function onsetAgreement(
  readings: Array<Pick<Reading, 'name' | 'strength' | 'rateHz' | 'essentiaOnsetRate'>>,
  threshold: number,
  overMedian = ONSET_PICKING.overMedian,
) {
  let absError = 0;
  let within = 0;
  const far: string[] = [];
  for (const r of readings) {
    const ours = onsetRate(r.strength, r.rateHz, { ...ONSET_PICKING, threshold, overMedian });
    const error = Math.abs(ours - r.essentiaOnsetRate);
    absError += error;
    // Within a quarter of essentia's rate, or a quarter onset per second for sparse audio.
    if (error <= Math.max(0.25, 0.25 * r.essentiaOnsetRate)) within++;
    else far.push(`${r.name}: ${ours.toFixed(2)} vs ${r.essentiaOnsetRate.toFixed(2)}`);
  }
  return { meanAbsError: absError / readings.length, within, far };
}

export async function confidenceAndOnsets(pool: AnalysisWorkerPool, out: (line: string) => void): Promise<void> {
  const { tuning, holdout } = confidenceSplit();
  out(`beat confidence and onset rate: ${tuning.length}+${holdout.length} items (tuning+holdout)`);
  const tuned = await read(pool, tuning);
  const fitted = fit(tuned);
  const show = (w: ConfidenceWeights) => TERMS.map((term) => `${term} ${w[term].toFixed(3)}`).join(', ');
  out(`  least squares on the tuning half: ${show(fitted)}`);
  out(`  the code uses: ${show(CONFIDENCE_WEIGHTS)}`);
  for (const r of tuned) {
    const e = r.evidence;
    out(
      `    ${r.name}: multifeature ${r.multifeature.toFixed(2)}, periodicity ${e.periodicity.toFixed(2)}, contrast ${e.contrast.toFixed(2)}, regularity ${e.regularity.toFixed(2)}, attack ${e.attack.toFixed(2)} → ${confidenceFrom(e, CONFIDENCE_WEIGHTS).toFixed(2)} (fitted ${confidenceFrom(e, fitted).toFixed(2)}); onsets essentia ${r.essentiaOnsetRate.toFixed(2)}/s`,
    );
  }
  const fittedAgreement = agreement(tuned, fitted);
  out(
    `  tuning, as fitted: same side of ${CLEAR_BEAT} in ${fittedAgreement.sameSide}/${tuned.length}, mean |difference| ${fittedAgreement.meanAbsError.toFixed(2)}`,
  );
  const tunedAgreement = agreement(tuned, CONFIDENCE_WEIGHTS);
  out(
    `  tuning, the code's weights: same side of ${CLEAR_BEAT} in ${tunedAgreement.sameSide}/${tuned.length}, mean |difference| ${tunedAgreement.meanAbsError.toFixed(2)}`,
  );
  const onsetRows = ONSET_THRESHOLDS.map((threshold) => ({ threshold, ...onsetAgreement(tuned, threshold) }));
  out(
    `  onset rate, tuning half, threshold → mean |difference| (within 25 %): ${onsetRows.map((r) => `${r.threshold}: ${r.meanAbsError.toFixed(2)} (${r.within})`).join(', ')}`,
  );
  out(`  the code picks onsets at ${ONSET_PICKING.threshold}`);

  const held = await read(pool, holdout);
  const heldFitted = agreement(held, fitted);
  out(
    `  holdout, weights as fitted on the tuning half: same side of ${CLEAR_BEAT} in ${heldFitted.sameSide}/${held.length}, mean |difference| ${heldFitted.meanAbsError.toFixed(2)}`,
  );
  const heldAgreement = agreement(held, CONFIDENCE_WEIGHTS);
  out(
    `  holdout, the code's weights: same side of ${CLEAR_BEAT} in ${heldAgreement.sameSide}/${held.length}, mean |difference| ${heldAgreement.meanAbsError.toFixed(2)}${heldAgreement.disagree.length ? `; differ: ${heldAgreement.disagree.join('; ')}` : ''}`,
  );
  const beatless = held.filter((r) => /noise|random|silence/.test(r.name));
  out(
    `  holdout beatless items: ${beatless.map((r) => `${r.name} ${confidenceFrom(r.evidence, CONFIDENCE_WEIGHTS).toFixed(2)} (fitted ${confidenceFrom(r.evidence, fitted).toFixed(2)}, multifeature ${r.multifeature.toFixed(2)})`).join(', ')}`,
  );
  const heldOnsets = onsetAgreement(held, ONSET_PICKING.threshold);
  out(
    `  onset rate, holdout: mean |difference| ${heldOnsets.meanAbsError.toFixed(2)}/s, within 25 % in ${heldOnsets.within}/${held.length}${heldOnsets.far.length ? `; far: ${heldOnsets.far.join('; ')}` : ''}`,
  );
}

/** The onset rate alone, on the items with the noise added (onsetSplit): essentia's OnsetRate and the curve only. */
export function onsetsOnly(out: (line: string) => void): void {
  const essentia = new essentiaJs.Essentia(essentiaJs.EssentiaWASM);
  const read = (items: Array<{ name: string; make(): Float32Array }>) =>
    items.map((item) => {
      const pcm = item.make();
      const frames = spectralFrames(pcm, RATE);
      const signal = essentia.arrayToVector(pcm);
      const onsets = essentia.OnsetRate(signal);
      const essentiaOnsetRate = onsets.onsetRate;
      onsets.onsets.delete();
      signal.delete();
      return { name: item.name, strength: frames.onsetStrength, rateHz: frames.onsetRateHz, essentiaOnsetRate };
    });
  const { tuning, holdout } = onsetSplit();
  out(`onset rate: ${tuning.length}+${holdout.length} items (tuning+holdout), noise items appended`);
  const tuned = read(tuning);
  const rows = OVER_MEDIAN.flatMap((overMedian) =>
    ONSET_THRESHOLDS.map((threshold) => ({ threshold, overMedian, ...onsetAgreement(tuned, threshold, overMedian) })),
  );
  for (const overMedian of OVER_MEDIAN) {
    out(
      `  tuning, at least ${overMedian}× the local median, threshold → mean |difference| (within 25 %): ${rows
        .filter((r) => r.overMedian === overMedian)
        .map((r) => `${r.threshold}: ${r.meanAbsError.toFixed(2)} (${r.within})`)
        .join(', ')}`,
    );
  }
  const best = rows.reduce((a, b) =>
    b.within > a.within || (b.within === a.within && b.meanAbsError < a.meanAbsError) ? b : a,
  );
  out(
    `  best on the tuning half: threshold ${best.threshold}, ${best.overMedian}× the median; far: ${best.far.join('; ')}`,
  );
  out(`  the code picks at threshold ${ONSET_PICKING.threshold}, ${ONSET_PICKING.overMedian}× the median`);
  const held = read(holdout);
  const heldOnsets = onsetAgreement(held, ONSET_PICKING.threshold, ONSET_PICKING.overMedian);
  out(
    `  holdout: mean |difference| ${heldOnsets.meanAbsError.toFixed(2)}/s, within 25 % in ${heldOnsets.within}/${held.length}${heldOnsets.far.length ? `; far: ${heldOnsets.far.join('; ')}` : ''}`,
  );
  const heldBest = onsetAgreement(held, best.threshold, best.overMedian);
  out(
    `  holdout at the tuning half's best: mean |difference| ${heldBest.meanAbsError.toFixed(2)}/s, within 25 % in ${heldBest.within}/${held.length}${heldBest.far.length ? `; far: ${heldBest.far.join('; ')}` : ''}`,
  );
}
