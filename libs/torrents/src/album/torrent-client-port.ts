import { Injectable } from '@nestjs/common';
import type { DownloadClient } from '../clients/download-client.js';
import { TorrentClients, downloadClientOf } from '../client-settings/clients.service.js';
import type { TorrentClientEntity } from '../client-settings/torrent-client.entity.js';

export interface ConfiguredClient {
  settings: Pick<TorrentClientEntity, 'id' | 'kind' | 'category' | 'seedRatio' | 'seedMinutes'>;
  client: DownloadClient;
}

/** The download clients as album jobs reach them: the one new grabs go to, and the one a grab went to. */
@Injectable()
export class TorrentClientPort {
  constructor(private readonly clients: TorrentClients) {}

  async active(): Promise<ConfiguredClient | undefined> {
    const settings = await this.clients.active();
    return settings && { settings, client: downloadClientOf(settings) };
  }

  /** Undefined once the person removed the client from the settings. */
  async byId(id: string): Promise<ConfiguredClient | undefined> {
    const settings = await this.clients.stored(id);
    return settings && { settings, client: downloadClientOf(settings) };
  }
}
