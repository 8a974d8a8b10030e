export interface LoudnessSummary {
  /** Integrated loudness in LUFS; -70 (ebur128's gate floor) for silence. */
  integratedLufs: number;
  /** Loudness range in LU. */
  rangeLu: number;
}

const INTEGRATED = /^\s*I:\s+(-?[\d.]+|-inf)\s+LUFS/m;
const RANGE = /^\s*LRA:\s+(-?[\d.]+)\s+LU\b/m;

/** Reads integrated loudness and loudness range from the last summary ffmpeg's `ebur128` filter prints. */
export function parseEbur128Summary(stderr: string): LoudnessSummary | undefined {
  // A filter graph that is configured twice (asplit in -filter_complex) prints an empty -70 LUFS summary first.
  const at = stderr.lastIndexOf('Summary:');
  if (at < 0) return undefined;
  const summary = stderr.slice(at);
  const integrated = INTEGRATED.exec(summary)?.[1];
  const range = RANGE.exec(summary)?.[1];
  if (integrated === undefined || range === undefined) return undefined;
  return { integratedLufs: integrated === '-inf' ? -70 : Number(integrated), rangeLu: Number(range) };
}
