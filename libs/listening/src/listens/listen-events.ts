import { EventEmitter } from 'node:events';
import { Injectable, Logger } from '@nestjs/common';

type ChangedListener = (listenerIds: ReadonlySet<string>) => void;

/**
 * Told, once they are committed, which listeners' listens changed: listens stored (intake, player, Jellyfin,
 * imports) or linked to library tracks by mapping. Subscribers (the taste dashboard) must not do their work in
 * the callback: it runs on the listen path.
 */
@Injectable()
export class ListenEvents {
  private readonly logger = new Logger(ListenEvents.name);
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  changed(listenerIds: Iterable<string>): void {
    const ids = new Set(listenerIds);
    if (!ids.size) return;
    try {
      this.emitter.emit('changed', ids);
    } catch (error) {
      // A subscriber's mistake must not fail the listens that were already kept.
      this.logger.warn(`A listen-change subscriber failed: ${String(error)}`);
    }
  }

  onChanged(listener: ChangedListener): () => void {
    this.emitter.on('changed', listener);
    return () => this.emitter.off('changed', listener);
  }
}
