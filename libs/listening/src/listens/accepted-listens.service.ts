import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import type { ListenerEntity } from '../listeners/listener.entity.js';
import { RelayQueue } from '../relay/relay-queue.js';
import { RelaySender } from '../relay/relay-sender.service.js';
import { ListenStore } from './listen-store.js';
import type { NewListen } from './new-listen.js';

/**
 * Listens a listener made (scrobbled, played in Jellyfin): stored and, when the listener relays, queued for
 * ListenBrainz in the same transaction, so that a listen kept is a listen forwarded.
 */
@Injectable()
export class AcceptedListens {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly store: ListenStore,
    private readonly queue: RelayQueue,
    private readonly sender: RelaySender,
  ) {}

  async accept(listener: ListenerEntity, listens: NewListen[]): Promise<void> {
    const queued = await this.tx.run(async (m) => {
      await this.store.addIn(m, listens);
      return this.queue.enqueueIn(m, listener, listens);
    });
    this.store.committed(listens);
    if (queued) void this.sender.drain();
  }
}
