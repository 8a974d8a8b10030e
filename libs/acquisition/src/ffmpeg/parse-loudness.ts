import type { Loudness } from '@app/core';
/** ReplayGain 2.0 plays every track at -18 LUFS. */
export const REPLAYGAIN_REFERENCE_LUFS = -18;

// The shape moved down to @app/core, where the job data that carries it is declared.
export type { Loudness };

const SUMMARY = /Summary:([\s\S]*)$/;
const INTEGRATED = /^\s*I:\s+(-?[\d.]+|-inf)\s+LUFS/m;
const PEAK = /True peak:\s*\n\s*Peak:\s+(-?[\d.]+|-inf)\s+dBFS/;

/** Reads the summary ffmpeg's ebur128 filter prints at the end; undefined when there is none. */
export function parseLoudness(stderr: string): Loudness | undefined {
  const summary = SUMMARY.exec(stderr)?.[1];
  if (summary === undefined) return undefined;
  const integrated = number(INTEGRATED.exec(summary)?.[1]);
  const peak = number(PEAK.exec(summary)?.[1]);
  if (integrated === undefined || peak === undefined) return undefined;
  return {
    integratedLufs: integrated,
    truePeakDbfs: peak,
    trackGainDb: round(REPLAYGAIN_REFERENCE_LUFS - integrated, 2),
    trackPeak: peak === -Infinity ? 0 : round(10 ** (peak / 20), 6),
  };
}

function number(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (text === '-inf') return -Infinity;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
