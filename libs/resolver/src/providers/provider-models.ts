/** A recording as a metadata provider describes it. */
export interface ProviderRecording {
  provider: string;
  /** The provider's own id (MusicBrainz recording MBID, iTunes trackId, Deezer track id). */
  providerId: string;
  title: string;
  artists: string[];
  album?: string;
  durationMs?: number;
  isrc?: string;
  /** MusicBrainz recording id when known. */
  mbid?: string;
  releaseDate?: string;
  disambiguation?: string;
  isVideo?: boolean;
  coverUrl?: string;
  url?: string;
  /** Provider-specific facts kept for later steps (release ids, track numbers, artist ids, score…). */
  extra?: Record<string, unknown>;
}

/** A place audio can be fetched from, as a source provider describes it. */
export interface ProviderSource {
  provider: string;
  id: string;
  url: string;
  title: string;
  channel?: string;
  channelVerified?: boolean;
  isTopicChannel?: boolean;
  isOfficialArtistChannel?: boolean;
  durationMs?: number;
  kind: 'song' | 'video' | 'unknown';
  viewCount?: number;
  /** Artists and album when the source lists them (YouTube Music songs do). */
  artists?: string[];
  album?: string;
  thumbnailUrl?: string;
}
