import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { ListenRelayStatusDto } from '@app/contracts';
import { TransactionRunner } from '@app/db';
import { ListenRelayEntity } from './listen-relay.entity.js';

const MASK = '********';

/** A secret as the API shows it: its last four characters when it is long enough to keep them hidden. */
export function maskSecret(value: string | undefined): string | null {
  if (!value) return null;
  return value.length >= 12 ? `${MASK}${value.slice(-4)}` : MASK;
}

/** Whether Last.fm relays are set up (secrets masked) and how many listens wait for each service. */
@Injectable()
export class RelayStatus {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
  ) {}

  async status(listenerId?: string): Promise<ListenRelayStatusDto> {
    const { lastfmApiKey, lastfmSharedSecret } = this.config.listening;
    const count = (target: ListenRelayEntity['target']) =>
      this.tx.outsideTransaction((m) =>
        m.count(ListenRelayEntity, { where: { target, ...(listenerId ? { listenerId } : {}) } }),
      );
    return {
      lastfm: {
        configured: Boolean(lastfmApiKey && lastfmSharedSecret),
        apiKey: maskSecret(lastfmApiKey),
        sharedSecret: maskSecret(lastfmSharedSecret),
      },
      queued: { listenbrainz: await count('listenbrainz'), lastfm: await count('lastfm') },
    };
  }
}
