import { sanitizeSegment } from '@app/core';

/** "03 - Duke Ellington - Take The 'A' Train.flac": a safe single file name, numbered to keep the mix's order. */
export function partFileName(position: number, credit: { artist: string; title: string }, extension: string): string {
  const name = [String(position).padStart(2, '0'), credit.artist, credit.title].filter(Boolean).join(' - ');
  return sanitizeSegment(name, { extension });
}
