import { Injectable } from '@nestjs/common';
import type { OfferedRelease, TorznabIndexer, TorznabRelease } from '@app/torrents';
import type { ReleaseResource } from './release.resource.js';

/** A release a search showed, with what a grab needs: the indexer to download its .torrent from. */
export interface CachedRelease {
  resource: ReleaseResource;
  release: TorznabRelease;
  indexer: TorznabIndexer & { name: string };
  /** The release as an album job grabs it. */
  offered: OfferedRelease;
}

// Lidarr keeps searched releases for 30 minutes; a grab after that must search again.
const TTL_MS = 30 * 60_000;
const MAX_ENTRIES = 5000;

/** The releases of recent searches by guid, so `POST /release` grabs exactly what `GET /release` showed. */
@Injectable()
export class ReleaseCache {
  private readonly entries = new Map<string, CachedRelease & { expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  remember(releases: CachedRelease[]): void {
    const expiresAt = this.now() + TTL_MS;
    for (const release of releases) {
      this.entries.delete(release.resource.guid);
      this.entries.set(release.resource.guid, { ...release, expiresAt });
    }
    // Map keeps insertion order: the oldest searches leave first.
    for (const guid of this.entries.keys()) {
      if (this.entries.size <= MAX_ENTRIES) break;
      this.entries.delete(guid);
    }
  }

  find(guid: string): CachedRelease | undefined {
    const entry = this.entries.get(guid);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(guid);
      return undefined;
    }
    return entry;
  }
}
