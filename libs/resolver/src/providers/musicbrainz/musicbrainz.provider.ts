import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { type ProviderHttp, ProviderHttpFactory } from '../provider-http.js';
import { isNotFound, probe } from '../provider-probe.js';
import type { ProviderRecording, ProviderRelease, ReleaseSummary } from '../provider-models.js';
import type { MetadataProvider, ProviderCapability, ProviderTestResult, RecordingQuery } from '../provider.types.js';
import type { ProviderArtist, ProviderReleaseGroup } from '../catalog-models.js';
import { buildRecordingQuery, normalizeIsrc } from './build-musicbrainz-query.js';
import { mapArtist, mapArtistSearch, mapReleaseBrowse, mapReleaseGroupBrowse } from './musicbrainz-catalog.mapper.js';
import type { MbArtist, MbArtistSearch, MbReleaseBrowse, MbReleaseGroupBrowse } from './musicbrainz-catalog.types.js';
import { mapReleaseSearch } from './musicbrainz-release-search.mapper.js';
import { mapReleaseLookup } from './musicbrainz-release.mapper.js';
import { mapIsrcLookup, mapRecording, mapRecordingSearch } from './musicbrainz.mapper.js';
import type {
  MbIsrcLookup,
  MbRecording,
  MbRecordingSearch,
  MbReleaseLookup,
  MbReleaseSearch,
} from './musicbrainz.types.js';

const DEFAULT_LIMIT = 15;
const MAX_LIMIT = 100;
// release-groups and media are what let the mapper prefer the album release and read the track number.
const LOOKUP_INC = 'artist-credits+releases+release-groups+media+isrcs';
const ISRC_INC = 'artist-credits+releases';
const RELEASE_INC = 'artist-credits+labels+recordings+release-groups+genres';
const BROWSE_RELEASE_INC = 'recordings+media+artist-credits+labels';
const RELEASE_GROUP_TYPES = 'album|ep|single';

/** Recording metadata from MusicBrainz ws/2 (or a mirror), one request per `musicbrainzIntervalMs`. */
@Injectable()
export class MusicBrainzProvider implements MetadataProvider {
  readonly id = 'musicbrainz';
  readonly displayName = 'MusicBrainz';
  readonly capabilities: readonly ProviderCapability[] = [
    'recording-search',
    'recording-lookup',
    'isrc-lookup',
    'release-lookup',
  ];
  private readonly http: ProviderHttp;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    http: ProviderHttpFactory,
  ) {
    this.http = http.create('musicbrainz', { minIntervalMs: config.providers.musicbrainzIntervalMs });
  }

  isEnabled(): boolean {
    return this.config.providers.musicbrainz.enabled;
  }

  async searchRecordings(query: RecordingQuery, signal?: AbortSignal): Promise<ProviderRecording[]> {
    const lucene = buildRecordingQuery(query);
    if (!lucene) return [];
    const limit = Math.min(Math.max(Math.trunc(query.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
    const body = await this.http.getJson<MbRecordingSearch>('recording', { query: lucene, limit, fmt: 'json' }, signal);
    return mapRecordingSearch(body);
  }

  async lookupIsrc(isrc: string, signal?: AbortSignal): Promise<ProviderRecording[]> {
    const code = normalizeIsrc(isrc);
    const body = await this.findJson<MbIsrcLookup>(`isrc/${encodeURIComponent(code)}`, ISRC_INC, signal);
    return body ? mapIsrcLookup(body) : [];
  }

  async lookupRecording(mbid: string, signal?: AbortSignal): Promise<ProviderRecording | undefined> {
    const body = await this.findJson<MbRecording>(`recording/${encodeURIComponent(mbid)}`, LOOKUP_INC, signal);
    return body ? mapRecording(body) : undefined;
  }

  /** A release with its track list, label and release group; undefined when MusicBrainz does not know it. */
  async lookupRelease(mbid: string, signal?: AbortSignal): Promise<ProviderRelease | undefined> {
    const body = await this.findJson<MbReleaseLookup>(`release/${encodeURIComponent(mbid)}`, RELEASE_INC, signal);
    return body ? mapReleaseLookup(body) : undefined;
  }

  /** Releases matching a Lucene query (`release:"…" AND artist:"…"`), best first. */
  async searchReleases(lucene: string, signal?: AbortSignal, limit = 10): Promise<ReleaseSummary[]> {
    const body = await this.http.getJson<MbReleaseSearch>('release', { query: lucene, limit, fmt: 'json' }, signal);
    return mapReleaseSearch(body);
  }

  /** An artist by MusicBrainz id; undefined when MusicBrainz does not know it. */
  async lookupArtist(mbid: string, signal?: AbortSignal): Promise<ProviderArtist | undefined> {
    try {
      const body = await this.http.getJson<MbArtist>(`artist/${encodeURIComponent(mbid)}`, { fmt: 'json' }, signal);
      return mapArtist(body);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Artists whose name matches free text, best first. */
  async searchArtists(term: string, signal?: AbortSignal, limit = 10): Promise<ProviderArtist[]> {
    const query = term.trim();
    if (!query) return [];
    const body = await this.http.getJson<MbArtistSearch>('artist', { query, limit, fmt: 'json' }, signal);
    return mapArtistSearch(body);
  }

  /** An artist's albums, EPs and singles (the first 100 release groups MusicBrainz lists). */
  async browseReleaseGroups(artistMbid: string, signal?: AbortSignal): Promise<ProviderReleaseGroup[]> {
    const params = { artist: artistMbid, type: RELEASE_GROUP_TYPES, limit: MAX_LIMIT, fmt: 'json' };
    return mapReleaseGroupBrowse(await this.http.getJson<MbReleaseGroupBrowse>('release-group', params, signal));
  }

  /** Every edition of an album (the first 100 releases of the group) with its track list. */
  async browseReleases(releaseGroupMbid: string, signal?: AbortSignal): Promise<ProviderRelease[]> {
    const params = { 'release-group': releaseGroupMbid, inc: BROWSE_RELEASE_INC, limit: MAX_LIMIT, fmt: 'json' };
    return mapReleaseBrowse(await this.http.getJson<MbReleaseBrowse>('release', params, signal));
  }

  test(signal?: AbortSignal): Promise<ProviderTestResult> {
    return probe(this.displayName, this.http.client.baseUrl, async () => {
      const params = { query: 'test', limit: 1, fmt: 'json' };
      const { data } = await this.http.client.getJson<MbRecordingSearch | null>('recording', params, signal);
      return Array.isArray(data?.recordings) ? { ok: true } : { ok: false, expected: 'a MusicBrainz search result' };
    });
  }

  /** A lookup that MusicBrainz answers with 404 when the id is unknown. */
  private async findJson<T>(path: string, inc: string, signal?: AbortSignal): Promise<T | undefined> {
    try {
      return await this.http.getJson<T>(path, { inc, fmt: 'json' }, signal);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}

/** The client's error message without the request URL it starts with. */
