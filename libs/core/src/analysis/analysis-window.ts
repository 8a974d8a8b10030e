export interface AnalysisWindow {
  /** Seconds from the start of the file. */
  startSeconds: number;
  /** Seconds to analyse; undefined means to the end. */
  durationSeconds?: number;
}

/**
 * The stretch of a track to analyse: `windowSeconds` from its middle, where intros and outros do not skew tempo
 * and key; the whole track when the setting is 0, the duration is unknown, or the track is shorter than the window.
 */
export function analysisWindow(trackSeconds: number | undefined, windowSeconds: number): AnalysisWindow {
  if (windowSeconds <= 0 || trackSeconds === undefined || !(trackSeconds > windowSeconds)) return { startSeconds: 0 };
  const start = Math.round(((trackSeconds - windowSeconds) / 2) * 1000) / 1000;
  return { startSeconds: start, durationSeconds: windowSeconds };
}
