/** CUE times count frames: 75 per second, as on a CD. */
export const FRAMES_PER_SECOND = 75;

/** "mm:ss:ff" with minutes unbounded: long mixes run past the CD's 99 minutes ("INDEX 01 111:48:00"). */
export function formatCueTime(frames: number): string {
  const whole = Math.max(0, Math.round(frames));
  const minutes = Math.floor(whole / (60 * FRAMES_PER_SECOND));
  const seconds = Math.floor(whole / FRAMES_PER_SECOND) % 60;
  const rest = whole % FRAMES_PER_SECOND;
  return [minutes, seconds, rest].map((n) => String(n).padStart(2, '0')).join(':');
}

export const secondsToFrames = (seconds: number): number => Math.round(seconds * FRAMES_PER_SECOND);
export const framesToSeconds = (frames: number): number => frames / FRAMES_PER_SECOND;
