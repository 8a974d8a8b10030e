import { parseTitle, VERSION_KINDS, type ParsedRequest, type VersionKind } from '../parsing/index.js';
import { stringDistance } from './distance.js';
import { recordingMarkers, versionPart, type MarkerKind } from './markers.js';
import { artistPart, durationPart, featuredPart, titlePart, weigh } from './parts.js';
import type { RecordingCandidate, ScorePart, ScoreTarget, Scored } from './types.js';

/**
 * Part weights, after beets' track distance (title 3, artist 3, length 2, recording id 5). An identifier
 * that agrees weighs like beets' id; one that differs weighs little, because one ISRC can name several
 * recordings (a remaster keeps it) and MusicBrainz holds unmerged duplicates. The same asymmetry holds for
 * version markers: most candidates have none, so "no markers on either side" says little, while a live take
 * nobody asked for is a different recording. Album weighs 1: a recording sits on many releases and a
 * candidate names only one.
 */
export const RECORDING_WEIGHTS = {
  title: 3,
  artist: 3,
  featured: 2,
  duration: 2,
  album: 1,
  compilation: 0.5,
  year: 0.5,
  idAgrees: 5,
  idDiffers: 1,
  version: { full: 4, clean: 1 },
  video: 1,
} as const;

/** How far a provider's recording is from what the request expects, part by part. */
export function scoreRecording(target: ScoreTarget, candidate: RecordingCandidate): Scored<RecordingCandidate> {
  const w = RECORDING_WEIGHTS;
  const parsed = parseTitle(candidate.title);
  const label = `'${candidate.title}' by ${candidate.artists.join(', ') || 'an unknown artist'} (${candidate.provider} ${candidate.providerId})`;
  return weigh(candidate, label, [
    titlePart(target.title, parsed.title || candidate.title, w.title),
    artistPart(target.artists, [...candidate.artists, ...parsed.featured], w.artist),
    featuredPart(target.featured, [...candidate.artists, ...parsed.featured], w.featured),
    durationPart(target.durationMs, candidate.durationMs, w.duration),
    albumPart(target.album, candidate.album),
    isrcPart(target.isrcs, candidate.isrcs),
    mbidPart(target.mbid, candidate.mbid),
    versionPart(
      target.versions,
      recordingMarkers(parsed.versions, candidate.disambiguation, candidate.album),
      w.version,
    ),
    compilationPart(target.album, candidate.album),
    videoPart(candidate.isVideo),
    yearPart(target.year, candidate),
  ]);
}

/**
 * A year the request names weighs like the compilation note: enough to put the release of that year first among
 * recordings that match otherwise, never enough to outweigh the title or the artist.
 */
function yearPart(wanted: number | undefined, candidate: RecordingCandidate): ScorePart | undefined {
  if (wanted === undefined) return undefined;
  const offered = yearOf(candidate.releaseDate) ?? yearOf(candidate.disambiguation);
  if (offered === undefined) return undefined;
  const weight = RECORDING_WEIGHTS.year;
  if (offered === wanted)
    return { name: 'year', weight, distance: 0, sentence: `from ${offered}, as the request names` };
  return { name: 'year', weight, distance: 1, sentence: `from ${offered}; the request names ${wanted}` };
}

const yearOf = (text: string | undefined): number | undefined => {
  const found = text ? /\b((?:19|20)\d\d)\b/.exec(text)?.[1] : undefined;
  return found ? Number(found) : undefined;
};

function albumPart(wanted: string | undefined, offered: string | undefined): ScorePart | undefined {
  if (!wanted || !offered) return undefined;
  const distance = Math.min(1, 2 * stringDistance(parseTitle(wanted).title, parseTitle(offered).title));
  const sentence = distance === 0 ? `album '${offered}' matches` : `album '${offered}' differs from '${wanted}'`;
  return { name: 'album', weight: RECORDING_WEIGHTS.album, distance, sentence };
}

/**
 * Without an album in the request, the original album is preferred over a compilation that carries the same
 * recording: both are the song, but the original release is what the library should file it under.
 */
function compilationPart(wanted: string | undefined, offered: string | undefined): ScorePart | undefined {
  if (wanted || !offered || !COMPILATION_ALBUM.test(offered)) return undefined;
  const sentence = `on the compilation '${offered}', not an original release`;
  return { name: 'album', weight: RECORDING_WEIGHTS.compilation, distance: 1, sentence };
}

// Compilation titles, as data: a new series is a new alternative.
const COMPILATION_ALBUM = new RegExp(
  [
    'greatest hits',
    'best of',
    'hits of the',
    'now that.?s what i call',
    'the collection',
    'anthology',
    'the essential',
    'compilation',
    '\\bhits\\b.*\\bvol\\.?\\s*\\d',
    '(?:19|20)?\\d0s hits',
    'various artists',
  ].join('|'),
  'i',
);

function isrcPart(wanted: readonly string[] = [], offered: readonly string[] = []): ScorePart | undefined {
  if (wanted.length === 0 || offered.length === 0) return undefined;
  const norm = (s: string) => s.replace(/[^a-z0-9]/gi, '').toUpperCase();
  const shared = offered.find((o) => wanted.some((w) => norm(w) === norm(o)));
  if (shared)
    return { name: 'isrc', weight: RECORDING_WEIGHTS.idAgrees, distance: 0, sentence: `ISRC ${shared} matches` };
  const sentence = `ISRC ${offered.join(', ')} differs from ${wanted.join(', ')} (a song can have several)`;
  return { name: 'isrc', weight: RECORDING_WEIGHTS.idDiffers, distance: 1, sentence };
}

function mbidPart(wanted: string | undefined, offered: string | undefined): ScorePart | undefined {
  if (!wanted || !offered) return undefined;
  if (wanted.toLowerCase() === offered.toLowerCase()) {
    return { name: 'mbid', weight: RECORDING_WEIGHTS.idAgrees, distance: 0, sentence: 'MusicBrainz id matches' };
  }
  const sentence = `MusicBrainz id ${offered} differs from ${wanted}`;
  return { name: 'mbid', weight: RECORDING_WEIGHTS.idDiffers, distance: 1, sentence };
}

function videoPart(isVideo: boolean | undefined): ScorePart | undefined {
  if (isVideo === undefined) return undefined;
  const sentence = isVideo ? 'listed as a video recording' : 'an audio recording';
  return { name: 'video', weight: RECORDING_WEIGHTS.video, distance: isVideo ? 1 : 0, sentence };
}

/** What a parsed request expects; `known` adds what came with it (a duration, an ISRC, an album). */
export function targetFromRequest(request: ParsedRequest, known: Partial<ScoreTarget> = {}): ScoreTarget {
  return {
    title: request.title ?? request.cleaned,
    artists: request.artists,
    versions: request.versions,
    ...(request.featured.length > 0 && { featured: request.featured }),
    ...(request.year !== undefined && { year: request.year }),
    ...known,
  };
}

/** What a chosen recording expects of an audio source: its title, credit, length, ids and version. */
export function targetFromRecording(recording: RecordingCandidate): ScoreTarget {
  const parsed = parseTitle(recording.title);
  const markers = recordingMarkers(parsed.versions, recording.disambiguation);
  return {
    title: parsed.title || recording.title,
    artists: recording.artists,
    durationMs: recording.durationMs,
    album: recording.album,
    isrcs: recording.isrcs,
    mbid: recording.mbid,
    versions: markers.flatMap((m) => (isVersionKind(m.kind) ? [{ kind: m.kind, text: m.text }] : [])),
  };
}

const isVersionKind = (kind: MarkerKind): kind is VersionKind => (VERSION_KINDS as readonly string[]).includes(kind);
