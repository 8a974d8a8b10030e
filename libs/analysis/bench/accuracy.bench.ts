// Tempo and key accuracy on the labelled generated set (test/support/labelled-set.ts), split once with a fixed
// seed: the beat tracker, the tempo octave thresholds (doubling, then halving) and the key profile are chosen on
// the tuning half, and the holdout half is reported for what was chosen. Run through
// `npm run bench:analysis-accuracy`; a few minutes.
import { AudioAnalyser, DEFAULT_KEY_PROFILE } from '../src/extract/audio-analyser.js';
import { KEY_PROFILES, type KeyProfile, type RhythmMethod } from '../src/worker/raw-features.js';
import { tempoFromBeats } from '@app/core';
import { type KeyItem, keyItems, splitOnce, type TempoItem, tempoSplit } from '../test/support/labelled-set.js';
import {
  DOUBLE_TEMPO_RATIO,
  HALVE_TEMPO_RATIO,
  type OctaveThresholds,
  tempoOctave,
} from '../src/worker/tempo-octave.js';
import { TEMPO_RANGE } from '../src/worker/raw-features.js';
import { confidenceAndOnsets, onsetsOnly } from './confidence-fit.js';

const out = (line: string) => process.stdout.write(`${line}\n`);
const analyser = new AudioAnalyser({
  ffmpeg: 'ffmpeg',
  windowSeconds: 0,
  workers: 0,
  recycleAfter: 25,
  rhythmMethod: 'degara',
});
const DOUBLE_THRESHOLDS = [0.3, 0.4, 0.45, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0, Infinity];
const HALVE_THRESHOLDS = [-Infinity, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6];
const label = (threshold: number) => (Math.abs(threshold) === Infinity ? 'off' : String(threshold));

interface TempoReading {
  item: TempoItem;
  tracked: number;
  offbeatRatio: number;
  alternateRatio: number;
}

async function readTempo(items: TempoItem[], rhythmMethod: RhythmMethod): Promise<TempoReading[]> {
  return Promise.all(
    items.map(async (item) => {
      const raw = await analyser.pool.analyse(item.make(), { rhythmMethod, keyProfile: 'bgate' });
      const tracked = raw.extractorBpm > 0 ? tempoFromBeats(raw.beats, raw.extractorBpm) : 0;
      return { item, tracked, offbeatRatio: raw.offbeatRatio, alternateRatio: raw.alternateRatio };
    }),
  );
}

const withinOnePercent = (bpm: number, truth: number) => Math.abs(bpm - truth) / truth <= 0.01;

function tempoAccuracy(readings: TempoReading[], thresholds: OctaveThresholds): { right: number; wrong: string[] } {
  const wrong: string[] = [];
  for (const { item, tracked, offbeatRatio, alternateRatio } of readings) {
    const bpm = tempoOctave(tracked, { offbeatRatio, alternateRatio }, TEMPO_RANGE, thresholds);
    if (!withinOnePercent(bpm, item.bpm))
      wrong.push(
        `${item.name} → ${bpm.toFixed(1)} (off-beat ${offbeatRatio.toFixed(2)}, alternate ${alternateRatio.toFixed(2)})`,
      );
  }
  return { right: readings.length - wrong.length, wrong };
}

async function keyAccuracy(items: KeyItem[], keyProfile: KeyProfile): Promise<{ right: number; wrong: string[] }> {
  const readings = await Promise.all(
    items.map(async (item) => {
      const raw = await analyser.pool.analyse(item.make(), { rhythmMethod: 'degara', keyProfile });
      return { item, named: `${raw.key} ${raw.scale}` };
    }),
  );
  const wrong = readings.filter(({ item, named }) => named !== `${item.key} ${item.scale}`);
  return { right: readings.length - wrong.length, wrong: wrong.map(({ item, named }) => `${item.name} → ${named}`) };
}

const pct = (right: number, of: number) => `${right}/${of} (${((right / of) * 100).toFixed(0)} %)`;

try {
  // `--confidence-only` runs just the beat confidence and onset rate fit (see confidence-fit).
  // `--onsets-only` compares the onset rates alone, with the noise items added (see confidence-fit).
  if (process.argv.includes('--onsets-only')) onsetsOnly(out);
  else {
    if (!process.argv.includes('--confidence-only')) await tempoAndKey();
    await confidenceAndOnsets(analyser.pool, out);
  }
} finally {
  await analyser.close();
}

async function tempoAndKey(): Promise<void> {
  const tempo = tempoSplit();
  const keys = splitOnce(keyItems());
  out(
    `labelled set: ${tempo.tuning.length}+${tempo.holdout.length} tempo items, ${keys.tuning.length}+${keys.holdout.length} key items (tuning+holdout)`,
  );

  // The most right; among equal thresholds the middle one, furthest from both kinds of mistake.
  const middleOfBest = (rows: Array<{ threshold: number; right: number }>) => {
    const most = Math.max(...rows.map((t) => t.right));
    const equals = rows.filter((t) => t.right === most);
    return equals[Math.floor((equals.length - 1) / 2)]!;
  };
  out('tempo, tuning half (BPM within 1 %):');
  for (const method of ['degara', 'multifeature'] as const) {
    const readings = await readTempo(tempo.tuning, method);
    const doubling = DOUBLE_THRESHOLDS.map((threshold) => ({
      threshold,
      right: tempoAccuracy(readings, { double: threshold, halve: -Infinity }).right,
    }));
    out(
      `  ${method.padEnd(12)} no halving, doubling threshold → right of ${readings.length}: ${doubling.map((d) => `${label(d.threshold)}: ${d.right}`).join(', ')}`,
    );
    const halving = HALVE_THRESHOLDS.map((threshold) => ({
      threshold,
      right: tempoAccuracy(readings, { double: DOUBLE_TEMPO_RATIO, halve: threshold }).right,
    }));
    out(
      `  ${method.padEnd(12)} doubling at ${DOUBLE_TEMPO_RATIO}, halving threshold → right: ${halving.map((d) => `${label(d.threshold)}: ${d.right}`).join(', ')}`,
    );
    out(
      `    best on the tuning half: doubling ${label(middleOfBest(doubling).threshold)}, then halving ${label(middleOfBest(halving).threshold)}`,
    );
    const detail = readings.map(
      (r) => `${r.item.name}: ${r.tracked.toFixed(1)} (${r.offbeatRatio.toFixed(2)}, ${r.alternateRatio.toFixed(2)})`,
    );
    out(`    tracked BPM (off-beat ratio, alternate-beat ratio): ${detail.join(', ')}`);
  }
  out(`  the code doubles at ${DOUBLE_TEMPO_RATIO} and halves at ${HALVE_TEMPO_RATIO}`);

  out('tempo, holdout half (BPM within 1 %):');
  const variants: Array<[string, OctaveThresholds]> = [
    ['no octave check', { double: Infinity, halve: -Infinity }],
    [`doubling ${DOUBLE_TEMPO_RATIO} only`, { double: DOUBLE_TEMPO_RATIO, halve: -Infinity }],
    [
      `doubling ${DOUBLE_TEMPO_RATIO}, halving ${HALVE_TEMPO_RATIO}`,
      { double: DOUBLE_TEMPO_RATIO, halve: HALVE_TEMPO_RATIO },
    ],
  ];
  for (const method of ['degara', 'multifeature'] as const) {
    const readings = await readTempo(tempo.holdout, method);
    for (const [name, thresholds] of variants) {
      const { right, wrong } = tempoAccuracy(readings, thresholds);
      const wrongList = wrong.length ? `; wrong: ${wrong.join('; ')}` : '';
      out(`  ${method.padEnd(12)} ${name.padEnd(26)} ${pct(right, readings.length)}${wrongList}`);
    }
  }

  // `--tempo-only` skips the key profiles, the longer half of the run.
  if (!process.argv.includes('--tempo-only')) {
    out('key, tuning half (key and scale right):');
    let chosen: { profile: KeyProfile; right: number } | undefined;
    for (const profile of KEY_PROFILES) {
      const { right, wrong } = await keyAccuracy(keys.tuning, profile);
      // Among equals the first listed, essentia's default coming first.
      if (!chosen || right > chosen.right) chosen = { profile, right };
      out(
        `  ${profile.padEnd(10)} ${pct(right, keys.tuning.length)}${wrong.length ? `; wrong: ${wrong.join('; ')}` : ''}`,
      );
    }
    out(`  best on the tuning half: ${chosen!.profile}; the code uses ${DEFAULT_KEY_PROFILE}`);
    out('key, holdout half:');
    for (const profile of new Set<KeyProfile>(['bgate', DEFAULT_KEY_PROFILE])) {
      const { right, wrong } = await keyAccuracy(keys.holdout, profile);
      out(
        `  ${profile.padEnd(10)} ${pct(right, keys.holdout.length)}${wrong.length ? `; wrong: ${wrong.join('; ')}` : ''}`,
      );
    }
  }
}
