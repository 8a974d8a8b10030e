import { Injectable, Logger } from '@nestjs/common';
import type { ListenerEntity } from '../listeners/listener.entity.js';
import type { NewListen } from '../listens/new-listen.js';
import { toListenBrainz } from './relay-queue.js';
import { RelayTargets } from './relay-targets.js';

/** Tells Last.fm what a relaying listener plays now; not queued, since it is stale by the next track. */
@Injectable()
export class NowPlayingRelay {
  private readonly logger = new Logger(NowPlayingRelay.name);

  constructor(private readonly targets: RelayTargets) {}

  forward(listener: ListenerEntity, listen: NewListen): void {
    if (!this.targets.lastfm.relays(listener)) return;
    this.targets.lastfm
      .nowPlaying(listener, toListenBrainz(listen))
      .catch((error: unknown) =>
        this.logger.warn(`Last.fm did not take what ${listener.name} plays now: ${(error as Error).message}`),
      );
  }
}
