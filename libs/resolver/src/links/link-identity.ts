import type { LinkClue, LinkEvidence } from '@app/acquisition';
import { formatDuration, type RecordingCandidate } from '@app/core';

/** Where each fact about a link came from, as the job's reasons state it. */
export function provenanceOf(evidence: LinkEvidence): string[] {
  const facts: string[] = [];
  const [first] = evidence.clues;
  if (first) {
    facts.push(`title '${first.title}' from ${first.from}`);
    if (first.artists.length) facts.push(`artist '${first.artists.join(', ')}' from ${first.from}`);
    if (first.album) facts.push(`album '${first.album}' from ${first.from}`);
    if (first.isrc) facts.push(`ISRC ${first.isrc} from ${first.from}`);
    if (first.mbid) facts.push(`MusicBrainz recording ${first.mbid} from ${first.from}`);
  }
  if (evidence.durationMs) facts.push(`length ${formatDuration(evidence.durationMs)} from the download`);
  return [...facts, ...evidence.notes];
}

/** The query a reading is resolved with, as a person would type it. */
export function queryOf(clue: LinkClue): string {
  return clue.artists.length ? `${clue.artists.join(', ')} - ${clue.title}` : clue.title;
}

/** The recording as the download describes itself, for "keep it as found". */
export function asFoundRecording(evidence: LinkEvidence, fileName: string | undefined): RecordingCandidate {
  const [clue] = evidence.clues;
  return {
    provider: 'url',
    providerId: evidence.sourceUrl,
    title: clue?.title ?? fileName ?? evidence.sourceUrl,
    artists: clue?.artists ?? [],
    url: evidence.sourceUrl,
    ...(clue?.album && { album: clue.album }),
    ...(clue?.isrc && { isrcs: [clue.isrc] }),
    ...(clue?.mbid && { mbid: clue.mbid }),
    ...(evidence.durationMs && { durationMs: evidence.durationMs }),
  };
}

/** A track the library already holds with the same audio, as a recording to match metadata for. */
export function libraryRecording(evidence: LinkEvidence): RecordingCandidate | undefined {
  const same = evidence.sameAudio;
  if (!same) return undefined;
  return {
    provider: 'library',
    providerId: same.path,
    title: same.title,
    artists: same.artists,
    url: evidence.sourceUrl,
    ...(same.album && { album: same.album }),
    ...(same.recordingId && { mbid: same.recordingId }),
    ...(same.isrc && { isrcs: [same.isrc] }),
    durationMs: evidence.durationMs ?? same.durationMs,
  };
}
