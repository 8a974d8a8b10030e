import type { ListenerDto } from '@app/contracts';
import type { ListenerEntity } from './listener.entity.js';

export function listenerView(listener: ListenerEntity): ListenerDto {
  return {
    id: listener.id,
    name: listener.name,
    isUser: listener.userId !== null,
    timeZone: listener.timeZone,
    listenToken: listener.listenToken,
    ...(listener.listenBrainzUsername ? { listenBrainzUsername: listener.listenBrainzUsername } : {}),
    listenBrainzConnected: Boolean(listener.listenBrainzToken),
    relayListenBrainz: listener.relayListenBrainz,
    ...(listener.lastfmUsername ? { lastfmUsername: listener.lastfmUsername } : {}),
    lastfmConnected: Boolean(listener.lastfmSessionKey),
    ...(listener.lastfmBroken ? { lastfmBroken: listener.lastfmBroken } : {}),
    relayLastfm: listener.relayLastfm,
    createdAt: new Date(listener.createdAt).toISOString(),
  };
}
