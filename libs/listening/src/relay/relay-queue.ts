import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NewListen } from '../listens/new-listen.js';
import type { ListenerEntity } from '../listeners/listener.entity.js';
import { ListenRelayEntity } from './listen-relay.entity.js';
import { RelayTargets } from './relay-targets.js';

/** Queues accepted listens for each service the listener relays to, in the transaction that stores them. */
@Injectable()
export class RelayQueue {
  constructor(private readonly targets: RelayTargets) {}

  async enqueueIn(m: EntityManager, listener: ListenerEntity, listens: NewListen[]): Promise<number> {
    const targets = this.targets.all.filter((target) => target.relays(listener));
    if (!targets.length || !listens.length) return 0;
    const now = Date.now();
    const rows = targets.flatMap((target) =>
      listens.map((listen) => ({
        id: randomUUID(),
        listenerId: listener.id,
        target: target.name,
        listen: toListenBrainz(listen),
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        createdAt: now,
      })),
    );
    await m.save(ListenRelayEntity, rows, { chunk: 200 });
    return rows.length;
  }
}

/** A listen as ListenBrainz's submit-listens takes it. */
export function toListenBrainz(listen: NewListen): ListenRelayEntity['listen'] {
  const info: Record<string, unknown> = { ...(listen.additionalInfo ?? {}) };
  if (listen.durationMs && info['duration'] === undefined) info['duration_ms'] = listen.durationMs;
  if (listen.recordingMbid) info['recording_mbid'] = listen.recordingMbid;
  info['submission_client'] = 'TrueTrack';
  return {
    listened_at: Math.floor(listen.listenedAt / 1000),
    track_metadata: {
      artist_name: listen.artistName,
      track_name: listen.trackName,
      ...(listen.releaseName ? { release_name: listen.releaseName } : {}),
      additional_info: info,
    },
  };
}
