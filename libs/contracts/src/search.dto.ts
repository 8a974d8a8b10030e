import type { OutputFormat } from './job.dto.js';

/** What a request is for: one song, a release of some kind, or everything an artist made. */
export type RequestKind = 'track' | 'album' | 'ep' | 'single' | 'discography';

/** Years a request names, both ends included ("around 2004" is 2003–2005). */
export interface YearRange {
  from: number;
  to: number;
}

/** The audio a request asks for ("in flac", "320", "lossless"). */
export interface FormatWish {
  /** The words as written. */
  text: string;
  codec?: 'flac' | 'mp3' | 'opus' | 'aac' | 'vorbis' | 'alac' | 'wav';
  lossless?: boolean;
  /** Lowest bitrate wanted, for lossy codecs ("320"). */
  minKbps?: number;
}

/** A version a request asks for: `studio`, or one of the title parser's kinds (`live`, `acoustic`, `remix`…). */
export interface VersionWish {
  kind: string;
  /** Venue, remixer, year… when the words name one ("live in Madrid"). */
  detail?: string;
}

/** What a request in plain words settles; everything left out is open. */
export interface RequestConstraints {
  artist?: string;
  title?: string;
  album?: string;
  versions: VersionWish[];
  years?: YearRange;
  format?: FormatWish;
  kind?: RequestKind;
  /** "latest", "newest": the most recent release of that kind. */
  latest?: boolean;
  /** The words the providers are searched with, conversational filler removed. */
  searchText: string;
}

/** A person's standing answers, used whenever a request leaves the matter open. */
export interface SearchPreferences {
  /** `studio`, `live`, `acoustic`…: the version to take when a request does not say. */
  version?: string;
  /** `track` or `album`, when the words name both a song and an album. */
  kind?: 'track' | 'album';
  /** The output format of the downloads started from a search. */
  format?: OutputFormat;
}

export const PREFERENCE_KEYS = ['version', 'kind', 'format'] as const;

/** One choice of a clarifying question. */
export interface QuestionOptionDto {
  id: string;
  label: string;
}

/** A short question asked when the candidates differ in a way the request did not settle. */
export interface ClarifyingQuestionDto {
  /** `version` or `kind`; the key of the answer in `answers`. */
  id: 'version' | 'kind';
  prompt: string;
  /** One choice (radio buttons) or several (checkboxes). */
  select: 'one' | 'many';
  options: QuestionOptionDto[];
  /** The choice "Skip, use defaults" makes. */
  defaultOptionId: string;
}

/** Body of `POST /api/v1/search`. */
export interface SearchRequest {
  query: string;
  /** Overrides the caller's remembered preferences for this search. */
  preferences?: SearchPreferences;
  /** Answers to earlier questions, by question id; `skip: true` takes every question's default. */
  answers?: Record<string, string | undefined>;
  skip?: boolean;
  /** Remember the answers as the caller's preferences (the admin UI does). */
  remember?: boolean;
}

/** One result, with the one line that says why it is where it is. */
export interface SearchResultDto {
  /** Pass it to `POST /api/v1/search/pick`. */
  id: string;
  kind: 'track' | 'album';
  title: string;
  artists: string[];
  album?: string;
  year?: number;
  /** `Studio`, `Live in Madrid`, `Acoustic`… */
  version: string;
  durationMs?: number;
  coverUrl?: string;
  score: number;
  why: string;
  /** What `POST /jobs` would be sent when this result is picked. */
  request: { query: string; kind: 'track' | 'album' };
}

/** Answer of `POST /api/v1/search`: questions to answer first, or the results. */
export interface SearchResponseDto {
  searchId: string;
  query: string;
  status: 'questions' | 'results';
  constraints: RequestConstraints;
  /** `rules`, or `model` when the local model's reading passed the checks. */
  understoodBy: 'rules' | 'model';
  questions: ClarifyingQuestionDto[];
  results: SearchResultDto[];
  /** The preferences applied (remembered, overridden, or just answered). */
  preferences: SearchPreferences;
}

/** Body of `POST /api/v1/search/pick`. */
export interface SearchPickRequest {
  searchId: string;
  resultId: string;
}

/** One entry of the caller's search history (this machine only). */
export interface SearchHistoryEntryDto {
  id: string;
  query: string;
  status: 'questions' | 'results';
  resultCount: number;
  at: string;
}
