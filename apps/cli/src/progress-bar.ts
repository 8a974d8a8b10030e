const FULL = '█';
const EMPTY = '░';

/** `[█████░░░░░]  50%  DOWNLOADING  1.2MiB/s` cut to `width`; fraction is clamped to 0..1. */
export function renderProgressBar(fraction: number, label: string, width = 80, barWidth = 24): string {
  const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const filled = Math.round(clamped * barWidth);
  const percent = `${Math.floor(clamped * 100)}%`.padStart(4);
  const line = `[${FULL.repeat(filled)}${EMPTY.repeat(barWidth - filled)}] ${percent}  ${label}`.trimEnd();
  return [...line].slice(0, width).join('');
}
