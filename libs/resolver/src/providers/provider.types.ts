import type { ProviderId } from '@app/config';
import type { ProviderRelease, ProviderRecording, ProviderSource } from './provider-models.js';

export type ProviderCapability =
  | 'recording-search'
  | 'recording-lookup'
  | 'isrc-lookup'
  | 'release-lookup'
  | 'fingerprint-lookup'
  | 'cover-art'
  | 'audio-search'
  | 'lyrics';

export interface ProviderTestResult {
  ok: boolean;
  /** A sentence for the settings page: what was tried and what came back. */
  message: string;
  latencyMs: number;
}

/** What every external service shows the rest of the application. */
export interface Provider {
  readonly id: ProviderId;
  readonly displayName: string;
  readonly capabilities: readonly ProviderCapability[];
  isEnabled(): boolean;
  /** A cheap real request that proves the configured base URL answers as expected. */
  test(signal?: AbortSignal): Promise<ProviderTestResult>;
}

/** What a request is understood to ask for, in provider-neutral terms. */
export interface RecordingQuery {
  /** The free text as typed, for providers without fielded search. */
  text: string;
  title?: string;
  artist?: string;
  isrc?: string;
  durationMs?: number;
  limit?: number;
  /** Tolerate one misspelt letter in each longer word (MusicBrainz: Lucene `word~1`); others search as usual. */
  fuzzy?: boolean;
}

/** A provider of recording metadata (MusicBrainz, iTunes, Deezer). */
export interface MetadataProvider extends Provider {
  searchRecordings(query: RecordingQuery, signal?: AbortSignal): Promise<ProviderRecording[]>;
  lookupIsrc?(isrc: string, signal?: AbortSignal): Promise<ProviderRecording[]>;
  lookupRecording?(id: string, signal?: AbortSignal): Promise<ProviderRecording | undefined>;
  lookupRelease?(id: string, signal?: AbortSignal): Promise<ProviderRelease | undefined>;
}

/** Where audio can be fetched from (YouTube Music / YouTube). */
export interface SourceProvider extends Provider {
  searchSources(query: RecordingQuery, signal?: AbortSignal): Promise<ProviderSource[]>;
}

export interface CoverArt {
  url: string;
  thumbnails: Record<string, string>;
  /** The release the picture belongs to. */
  releaseId: string;
}

export interface CoverProvider extends Provider {
  frontCover(releaseMbid: string, signal?: AbortSignal): Promise<CoverArt | undefined>;
}

export interface Lyrics {
  plain?: string;
  /** LRC text with [mm:ss.xx] stamps. */
  synced?: string;
  instrumental: boolean;
}

export interface LyricsProvider extends Provider {
  lyrics(query: RecordingQuery & { album?: string }, signal?: AbortSignal): Promise<Lyrics | undefined>;
}

export const isMetadataProvider = (p: Provider): p is MetadataProvider => 'searchRecordings' in p;
export const isSourceProvider = (p: Provider): p is SourceProvider => 'searchSources' in p;
export const isCoverProvider = (p: Provider): p is CoverProvider => 'frontCover' in p;
export const isLyricsProvider = (p: Provider): p is LyricsProvider => 'lyrics' in p;

/** Injection token of every provider instance (Ghostfolio's 'DataProviderInterfaces' pattern). */
export const RESOLVER_PROVIDERS = Symbol('RESOLVER_PROVIDERS');
