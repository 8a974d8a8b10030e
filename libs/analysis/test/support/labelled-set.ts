import {
  brownNoise,
  chordProgression,
  clickTrack,
  drumPattern,
  randomClicks,
  scaleRun,
  seededRandom,
  silence,
  whiteNoise,
} from './synth.js';

/**
 * Generated audio whose tempo or key is known by construction, split once with a fixed seed into a tuning half
 * (to choose the key profile, the beat tracker and the tempo octave threshold) and a holdout half (to report).
 */
export interface TempoItem {
  name: string;
  bpm: number;
  make(): Float32Array;
}

export interface KeyItem {
  name: string;
  key: string;
  scale: 'major' | 'minor';
  make(): Float32Array;
}

export const ITEM_SECONDS = 20;
const SPLIT_SEED = 21;
const NOTES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];
/** How essentia spells the keys it names. */
const ESSENTIA_NAMES = ['C', 'C#', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B'];
const TEMPI = [70, 80, 87, 90, 100, 110, 120, 124, 128, 135, 140, 150, 160, 165, 170, 174];
/**
 * Slow loops, added for the tempo halving check after the first split had been used: they are split on their own
 * (same seed) and appended to both halves, so the items of the first split stay where they were.
 */
const SLOW_TEMPI = [58, 60, 63, 66, 68, 72, 74, 76, 78, 82, 84, 95];
/** Seeds the slow loops' hi-hat noise apart from the first loops' (whose seed is their tempo). */
const SLOW_SEED_OFFSET = 1000;
const MAJOR_STEPS = [0, 2, 4, 5, 7, 9, 11, 12];
const MINOR_STEPS = [0, 2, 3, 5, 7, 8, 10, 12];

export function tempoItems(): TempoItem[] {
  return TEMPI.flatMap((bpm) => [
    { name: `click ${bpm}`, bpm, make: () => clickTrack(bpm, ITEM_SECONDS) },
    { name: `drums ${bpm}`, bpm, make: () => drumPattern(bpm, ITEM_SECONDS, bpm) },
  ]);
}

/** Kick/snare/hi-hat loops below 100 BPM, where a tracker may take the off-beat hi-hats for beats. */
export function slowTempoItems(): TempoItem[] {
  return SLOW_TEMPI.map((bpm) => ({
    name: `slow drums ${bpm}`,
    bpm,
    make: () => drumPattern(bpm, ITEM_SECONDS, SLOW_SEED_OFFSET + bpm),
  }));
}

/** The tempo items' split: the first items' split unchanged, the slow loops split on their own and appended. */
export function tempoSplit(): { tuning: TempoItem[]; holdout: TempoItem[] } {
  const first = splitOnce(tempoItems());
  const slow = splitOnce(slowTempoItems());
  return { tuning: [...first.tuning, ...slow.tuning], holdout: [...first.holdout, ...slow.holdout] };
}

export function keyItems(): KeyItem[] {
  return NOTES.flatMap((_, tonic) =>
    (['major', 'minor'] as const).flatMap((scale) => {
      const key = ESSENTIA_NAMES[tonic]!;
      return [
        { name: `${key} ${scale} chords`, key, scale, make: () => cadence(tonic, scale) },
        { name: `${key} ${scale} scale over a drone`, key, scale, make: () => scaleOverDrone(tonic, scale) },
      ];
    }),
  );
}

/** Audio without a beat: noise, clicks at random moments, silence. Its beat confidence must come out low. */
export function beatlessItems(): Array<{ name: string; make(): Float32Array }> {
  return [
    ...[0.05, 0.1, 0.3].flatMap((gain, i) => [
      { name: `white noise ${gain}`, make: () => whiteNoise(ITEM_SECONDS, gain, 100 + i) },
    ]),
    ...[1, 2, 3, 5, 8].map((perSecond) => ({
      name: `random clicks ${perSecond}/s`,
      make: () => randomClicks(ITEM_SECONDS, perSecond, 200 + perSecond),
    })),
    { name: 'silence', make: () => silence(ITEM_SECONDS) },
  ];
}

/**
 * Every labelled item with a name and audio, for the beat confidence and the onset rate, which are compared with
 * essentia's own on the same audio: the tempo and key items (beats clear and less so) and the beatless ones.
 */
export function confidenceSplit(): {
  tuning: Array<{ name: string; make(): Float32Array }>;
  holdout: Array<{ name: string; make(): Float32Array }>;
} {
  return splitOnce([...tempoItems(), ...slowTempoItems(), ...keyItems(), ...beatlessItems()]);
}

/**
 * Steady noise, and noise under clicks at a known rate: added for the onset rate after the beat confidence split had
 * been used (its holdout showed white noise read as onsets). Split on their own with the same seed and appended to
 * both halves, so the earlier items stay where they were.
 */
export function noiseItems(): Array<{ name: string; make(): Float32Array }> {
  const withClicks = (noise: Float32Array, perSecond: number) => {
    const clicks = clickTrack(perSecond * 60, ITEM_SECONDS);
    return noise.map((s, i) => s + clicks[i]!);
  };
  return [
    ...[0.02, 0.2, 0.5].map((gain, i) => ({
      name: `white noise ${gain} (seed ${300 + i})`,
      make: () => whiteNoise(ITEM_SECONDS, gain, 300 + i),
    })),
    ...[0.1, 0.5].map((gain, i) => ({
      name: `brown noise ${gain}`,
      make: () => brownNoise(ITEM_SECONDS, gain, 310 + i),
    })),
    ...[1, 2, 4].map((perSecond) => ({
      name: `clicks ${perSecond}/s over white noise`,
      make: () => withClicks(whiteNoise(ITEM_SECONDS, 0.05, 320 + perSecond), perSecond),
    })),
    ...[2, 3].map((perSecond) => ({
      name: `clicks ${perSecond}/s over brown noise`,
      make: () => withClicks(brownNoise(ITEM_SECONDS, 0.2, 330 + perSecond), perSecond),
    })),
  ];
}

/** The onset rate's items: the beat confidence split, the noise items split on their own and appended. */
export function onsetSplit(): ReturnType<typeof confidenceSplit> {
  const first = confidenceSplit();
  const noise = splitOnce(noiseItems());
  return { tuning: [...first.tuning, ...noise.tuning], holdout: [...first.holdout, ...noise.holdout] };
}

/** Half of the items, the same half on every run. */
export function splitOnce<T>(items: readonly T[]): { tuning: T[]; holdout: T[] } {
  const random = seededRandom(SPLIT_SEED);
  const shuffled = items.map((item) => ({ item, order: random() })).sort((a, b) => a.order - b.order);
  const half = Math.ceil(shuffled.length / 2);
  return {
    tuning: shuffled.slice(0, half).map(({ item }) => item),
    holdout: shuffled.slice(half).map(({ item }) => item),
  };
}

function note(semitoneFromC3: number): string {
  const octave = 3 + Math.floor(semitoneFromC3 / 12);
  return `${NOTES[semitoneFromC3 % 12]!}${octave}`;
}

/** I–IV–V–I in major, i–iv–V–i in minor (the harmonic minor's major dominant), two seconds a chord. */
function cadence(tonic: number, scale: 'major' | 'minor'): Float32Array {
  const third = scale === 'major' ? 4 : 3;
  const triad = (root: number, third: number) => [note(root), note(root + third), note(root + 7)];
  return chordProgression(
    [triad(tonic, third), triad(tonic + 5, third), triad(tonic + 7, 4), triad(tonic, third)],
    2,
    ITEM_SECONDS,
  );
}

function scaleOverDrone(tonic: number, scale: 'major' | 'minor'): Float32Array {
  const steps = scale === 'major' ? MAJOR_STEPS : MINOR_STEPS;
  return scaleRun(
    steps.map((step) => note(tonic + step)),
    0.5,
    ITEM_SECONDS,
  );
}
