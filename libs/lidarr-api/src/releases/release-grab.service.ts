import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError } from '@app/core';
import { SourceUrlPolicy } from '@app/platform';
import { TorrentClients, TorznabClient, downloadClientOf, magnetInfoHash, readTorrentFile } from '@app/torrents';
import { readGrabInput } from './grab-input.js';
import { ReleaseCache } from './release-cache.js';
import type { ReleaseResource } from './release.resource.js';

/** Lidarr's grab: a release a search just showed, sent to the enabled download client. */
@Injectable()
export class ReleaseGrab {
  constructor(
    private readonly cache: ReleaseCache,
    private readonly clients: TorrentClients,
    private readonly policy: SourceUrlPolicy,
  ) {}

  async grab(body: unknown): Promise<ReleaseResource> {
    const { guid, indexerId } = readGrabInput(body);
    const cached = this.cache.find(guid);
    if (!cached || cached.resource.indexerId !== indexerId)
      throw new NotFoundError("Couldn't find requested release in cache, cache timeout probably expired.");
    const settings = await this.clients.active();
    if (!settings) throw new ConflictError('No download client is enabled: add one under Settings, Torrent sources');
    const { release } = cached;
    const link = release.magnetUrl ?? release.torrentUrl;
    if (!link) throw new NotFoundError(`The release ${release.title} has no download link`);
    const payload = await new TorznabClient(cached.indexer, this.policy).fetchTorrent(link);
    const infoHash =
      payload.kind === 'torrent' ? readTorrentFile(payload.bytes).infoHash : magnetInfoHash(payload.magnetUrl);
    if (!infoHash) throw new NotFoundError(`The magnet link of ${release.title} names no info hash`);
    await downloadClientOf(settings).add(payload, infoHash, { label: settings.category });
    return cached.resource;
  }
}
