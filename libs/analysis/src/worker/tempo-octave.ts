/**
 * The beat trackers sometimes lock onto every second pulse of a fast beat (174 BPM heard as 87), or onto the
 * off-beats of a slow one as well as its beats (a 70 BPM loop heard as 140). Both show in the onsets. When the
 * points halfway between the tracked beats carry as much onset strength as the beats themselves, the music pulses
 * there too and the tempo is twice as fast. When every second tracked beat is much weaker than its neighbours,
 * those are off-beats (hi-hats between kicks) and the tempo is half as fast. Ordinary music has kicks and snares
 * of comparable strength on its beats and quieter hi-hats between them, so it keeps its tempo either way.
 */
export interface OnsetEnvelope {
  strength: Float32Array;
  /** Values of `strength` per second. */
  rateHz: number;
  /** Seconds from the start of the window to the moment value 0 describes. */
  offsetSeconds: number;
}

/** Off-beats at least this strong, relative to the beats, make the pulse twice as fast (tuned on the tuning set). */
export const DOUBLE_TEMPO_RATIO = 0.4;
/** Every second beat at most this strong, relative to the others, makes the pulse half as fast (tuning set). */
export const HALVE_TEMPO_RATIO = 0.3;
/** Onsets are looked for this far either side of a beat: the trackers' ticks wander by a frame or two. */
const SEARCH_SECONDS = 0.05;

/** What the onsets say about the tracked beats (see offbeatStrengthRatio and alternateBeatRatio). */
export interface BeatEvidence {
  offbeatRatio: number;
  alternateRatio: number;
}

export interface OctaveThresholds {
  double: number;
  halve: number;
}

const THRESHOLDS: OctaveThresholds = { double: DOUBLE_TEMPO_RATIO, halve: HALVE_TEMPO_RATIO };

/**
 * The tempo to report: half the tracked one when every second beat is weak, twice it when the off-beats are as
 * strong as the beats, as long as the result stays within the range the trackers look in.
 */
export function tempoOctave(
  bpm: number,
  { offbeatRatio, alternateRatio }: BeatEvidence,
  range: { min: number; max: number },
  { double, halve }: OctaveThresholds = THRESHOLDS,
): number {
  if (bpm <= 0) return bpm;
  if (bpm / 2 >= range.min && alternateRatio <= halve) return bpm / 2;
  if (bpm * 2 <= range.max && offbeatRatio >= double) return bpm * 2;
  return bpm;
}

/** Mean onset strength halfway between the beats over the mean at the beats (0 without beats). */
export function offbeatStrengthRatio(beats: readonly number[], envelope: OnsetEnvelope): number {
  let onBeats = 0;
  let offBeats = 0;
  for (let i = 0; i + 1 < beats.length; i++) {
    onBeats += peakNear(beats[i]!, envelope);
    offBeats += peakNear((beats[i]! + beats[i + 1]!) / 2, envelope);
  }
  return onBeats > 0 ? offBeats / onBeats : 0;
}

/**
 * The weaker over the stronger of the mean onset strengths at the even and at the odd tracked beats: near 1 when
 * every beat is as strong as the next, small when every second one is an off-beat. 1 (no evidence) with fewer
 * than four beats or no onsets.
 */
export function alternateBeatRatio(beats: readonly number[], envelope: OnsetEnvelope): number {
  if (beats.length < 4) return 1;
  const sums = [0, 0];
  const counts = [0, 0];
  beats.forEach((seconds, i) => {
    sums[i % 2]! += peakNear(seconds, envelope);
    counts[i % 2]!++;
  });
  const even = sums[0]! / counts[0]!;
  const odd = sums[1]! / counts[1]!;
  const stronger = Math.max(even, odd);
  return stronger > 0 ? Math.min(even, odd) / stronger : 1;
}

/** The strongest onset within the search distance of a moment. */
export function peakNear(seconds: number, { strength, rateHz, offsetSeconds }: OnsetEnvelope): number {
  const from = Math.max(0, Math.floor((seconds - offsetSeconds - SEARCH_SECONDS) * rateHz));
  const to = Math.min(strength.length - 1, Math.ceil((seconds - offsetSeconds + SEARCH_SECONDS) * rateHz));
  let peak = 0;
  for (let i = from; i <= to; i++) peak = Math.max(peak, strength[i]!);
  return peak;
}
