import { ListenerEntity } from './listeners/listener.entity.js';
import { ListenSyncEntity } from './history/listen-sync.entity.js';
import { ListenEntity } from './listens/listen.entity.js';
import { RecordingCacheEntity } from './mapping/recording-cache.entity.js';
import { ListenRelayEntity } from './relay/listen-relay.entity.js';

export const LISTENING_ENTITIES = [
  ListenerEntity,
  ListenEntity,
  ListenSyncEntity,
  ListenRelayEntity,
  RecordingCacheEntity,
];
