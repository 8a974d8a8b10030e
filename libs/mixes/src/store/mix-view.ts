import type { MixDto, MixLineDto, MixSummaryDto } from '@app/contracts';
import type { MixLineEntity } from './mix-line.entity.js';
import type { MixCounts } from './mix-store.js';
import type { MixEntity } from './mix.entity.js';

export function mixSummaryView(mix: MixEntity, path: string, counts: MixCounts): MixSummaryDto {
  return {
    id: mix.id,
    trackId: mix.trackId,
    title: mix.title,
    path,
    tracklistSource: mix.tracklistSource as MixSummaryDto['tracklistSource'],
    tracklistFormat: mix.tracklistFormat,
    cuePath: mix.cuePath,
    chaptersMethod: mix.chaptersMethod,
    ...counts,
    updatedAt: new Date(mix.updatedAt).toISOString(),
  };
}

export function mixView(mix: MixEntity, path: string, lines: MixLineEntity[]): MixDto {
  const counts = {
    lineCount: lines.length,
    unsureCount: lines.filter((l) => l.status === 'unsure').length,
    missingCount: lines.filter((l) => l.status === 'missing').length,
  };
  return { ...mixSummaryView(mix, path, counts), lines: lines.map(mixLineView) };
}

export function mixLineView(line: MixLineEntity): MixLineDto {
  return {
    id: line.id,
    position: line.position,
    start: line.startMs === null ? null : line.startMs / 1000,
    startPrecision: line.startPrecision as MixLineDto['startPrecision'],
    artist: line.artist,
    title: line.title,
    label: line.label,
    together: line.together ?? [],
    unidentified: line.unidentified,
    status: line.status,
    trackId: line.trackId,
    // Lines stored before candidates carried album, year, duration and reasons read as unknown there.
    candidates: (line.candidates ?? []).map((c) => ({
      ...c,
      album: c.album ?? null,
      year: c.year ?? null,
      durationMs: c.durationMs ?? null,
      reasons: c.reasons ?? [],
    })),
    recordingId: line.recordingId ?? null,
    recordings: (line.recordings ?? []).map((r) => ({
      ...r,
      album: r.album ?? null,
      releaseDate: r.releaseDate ?? null,
      durationMs: r.durationMs ?? null,
      reasons: r.reasons ?? [],
    })),
    raw: line.raw,
  };
}
