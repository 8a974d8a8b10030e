import { type CandidateDto, CandidateStage, type MixDto, type MixLineDto } from '@app/contracts';

/** Where a card's candidate comes from: a library track, or a recording the resolver found. */
export const LIBRARY_PROVIDER = 'library';
export const RECORDING_PROVIDER = 'musicbrainz';

/**
 * How long the line plays in the mix (to its next timed line), so a card can show a candidate's length against
 * it; undefined when the tracklist does not time both ends to the second.
 */
export function playedMs(mix: Pick<MixDto, 'lines'>, line: MixLineDto): number | undefined {
  if (line.start === null || line.startPrecision !== 'second') return undefined;
  const next = mix.lines.find((l) => l.position > line.position && l.start !== null && l.start > line.start!);
  if (!next || next.startPrecision !== 'second') return undefined;
  return Math.round((next.start! - line.start) * 1000);
}

/** The line's library candidates, then the resolver's recordings, as the cards of the Needs-input page show them. */
export function lineCandidates(line: MixLineDto, expectedMs?: number): CandidateDto[] {
  const expected = expectedMs === undefined ? {} : { expectedDurationMs: expectedMs };
  const library = line.candidates.map((c, index): CandidateDto => ({
    id: c.trackId,
    index,
    stage: CandidateStage.Metadata,
    provider: LIBRARY_PROVIDER,
    score: c.score,
    scoreParts: {},
    reasons: c.reasons,
    payload: { title: c.title, artist: c.artist, album: c.album, year: c.year, durationMs: c.durationMs, ...expected },
  }));
  const recordings = line.recordings.map((r, index): CandidateDto => ({
    id: r.recordingId,
    index: library.length + index,
    stage: CandidateStage.Metadata,
    provider: RECORDING_PROVIDER,
    score: r.score,
    scoreParts: {},
    reasons: r.reasons,
    payload: {
      title: r.title,
      artist: r.artist,
      album: r.album,
      releaseDate: r.releaseDate,
      durationMs: r.durationMs,
      ...expected,
    },
  }));
  return [...library, ...recordings];
}
