/** A person whose listens TrueTrack keeps: an admin UI user or a listener profile without a sign-in. */
export interface ListenerDto {
  id: string;
  name: string;
  /** Whether this listener is an admin UI user (made by `POST /api/v1/listeners/me`). */
  isUser: boolean;
  timeZone: string;
  /** What scrobbling clients send as `Authorization: Token <listenToken>`. */
  listenToken: string;
  listenBrainzUsername?: string;
  /** Whether a ListenBrainz token is stored (it is never sent back). */
  listenBrainzConnected: boolean;
  /** Each accepted listen is forwarded to the listener's ListenBrainz account (queued, retried). */
  relayListenBrainz: boolean;
  lastfmUsername?: string;
  /** Whether a Last.fm session key is stored (from "connect Last.fm"; never sent back). */
  lastfmConnected: boolean;
  /** Why Last.fm refused the stored session (revoked or expired): connect again. */
  lastfmBroken?: string;
  /** Each accepted listen is scrobbled to the listener's Last.fm account (queued, retried). */
  relayLastfm: boolean;
  createdAt: string;
}

/** `POST /api/v1/listeners/:id/lastfm/connect`: the page where the person authorises TrueTrack at Last.fm. */
export interface LastfmAuthorizationDto {
  authorizeUrl: string;
}

/** `GET /api/v1/listens/relay`: the relay settings (secrets masked) and what waits in the queue. */
export interface ListenRelayStatusDto {
  lastfm: { configured: boolean; apiKey: string | null; sharedSecret: string | null };
  queued: { listenbrainz: number; lastfm: number };
}

export interface SaveListenerRequest {
  name: string;
  timeZone?: string;
  listenBrainzUsername?: string | null;
  listenBrainzToken?: string | null;
  lastfmUsername?: string | null;
  relayListenBrainz?: boolean;
  relayLastfm?: boolean;
}

/** Where a listen came from. */
export type ListenSource =
  'listenbrainz-api' | 'jellyfin' | 'player' | 'listenbrainz-import' | 'lastfm-import' | 'file';

export interface ListenDto {
  id: string;
  listenerId: string;
  listenedAt: string;
  artistName: string;
  trackName: string;
  releaseName?: string;
  durationMs?: number;
  recordingMbid?: string;
  /** The MusicBrainz release the listen names (the client's `release_mbid` or ListenBrainz's mapping): its cover. */
  releaseMbid?: string;
  source: ListenSource;
  client?: string;
  /** The library track this was a play of; null until mapping found one. */
  trackId: string | null;
  mapping: ListenMappingDto;
}

/**
 * How a listen's recording was found: the recording MBID the client submitted (from the file's tags),
 * ListenBrainz's `mbid_mapping` once its credit agreed with the listen, the resolver, or not at all.
 */
export type ListenMappedBy = 'submitted' | 'listenbrainz' | 'resolver' | 'none';

/** `GET /api/v1/listens/plays`: how often, and when last, one listener (or everyone) played each library track. */
export interface TrackPlaysDto {
  trackId: string;
  playCount: number;
  lastPlayedAt: string;
}

export const TRACK_PLAYS_SORTS = ['playCount', 'lastPlayed'] as const;
export type TrackPlaysSort = (typeof TRACK_PLAYS_SORTS)[number];

export interface ListenMappingDto {
  /** pending: not looked at yet (or waiting for the providers); mapped: a recording; unmapped: none found. */
  state: 'pending' | 'mapped' | 'unmapped';
  recordingMbid: string | null;
  by: ListenMappedBy | null;
}

/** `GET /api/v1/listeners/:id/connection`: the exact values to paste into each media server. */
export interface ListenerConnectionDto {
  listenToken: string;
  /** Navidrome's `ND_LISTENBRAINZ_BASEURL`. */
  navidromeBaseUrl: string;
  /** The Jellyfin ListenBrainz plugin's API URL. */
  jellyfinApiUrl: string;
}

/** How far one listener's history from one source is imported. */
export interface ListenSyncDto {
  listenerId: string;
  source: 'listenbrainz' | 'lastfm';
  /** Every listen up to this time is imported; absent before the first complete walk. */
  syncedTo?: string;
  /** A walk was interrupted (or is under way) and resumes where it stopped. */
  walking: boolean;
  running: boolean;
  listensRead: number;
  lastRunAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
}
