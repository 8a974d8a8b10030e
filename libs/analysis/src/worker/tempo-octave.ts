/**
 * The beat trackers sometimes lock onto every second pulse of a fast beat (174 BPM heard as 87). Whether a
 * tempo is the pulse or half of it shows in the onsets: when the points halfway between the tracked beats carry
 * as much onset strength as the beats themselves, the music pulses there too and the tempo is twice as fast.
 * Off-beat hi-hats are quieter than the kick and snare they sit between, so ordinary music keeps its tempo.
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
/** Onsets are looked for this far either side of a beat: the trackers' ticks wander by a frame or two. */
const SEARCH_SECONDS = 0.05;

/** The tempo to report: twice the tracked one when the off-beats are as strong as the beats. */
export function tempoOctave(bpm: number, offbeatRatio: number, maxBpm: number, threshold = DOUBLE_TEMPO_RATIO): number {
  return bpm > 0 && bpm * 2 <= maxBpm && offbeatRatio >= threshold ? bpm * 2 : bpm;
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

function peakNear(seconds: number, { strength, rateHz, offsetSeconds }: OnsetEnvelope): number {
  const from = Math.max(0, Math.floor((seconds - offsetSeconds - SEARCH_SECONDS) * rateHz));
  const to = Math.min(strength.length - 1, Math.ceil((seconds - offsetSeconds + SEARCH_SECONDS) * rateHz));
  let peak = 0;
  for (let i = from; i <= to; i++) peak = Math.max(peak, strength[i]!);
  return peak;
}
