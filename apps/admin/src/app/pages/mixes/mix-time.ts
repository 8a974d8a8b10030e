import type { MixLineDto } from '@app/contracts';

/** A line's start as the tracklist gave it: "1:02:07", "14′" for a MixesDB minute, "—" when unknown. */
export function mixTime(line: Pick<MixLineDto, 'start' | 'startPrecision'>): string {
  if (line.start === null || line.startPrecision === 'none') return '—';
  const whole = Math.floor(line.start);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  if (line.startPrecision === 'minute') return `${Math.floor(whole / 60)}′`;
  if (line.startPrecision === 'ten-minutes') return `${Math.floor(whole / 600)}?′`;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
