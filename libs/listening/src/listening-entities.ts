import { ListenerEntity } from './listeners/listener.entity.js';
import { ListenEntity } from './listens/listen.entity.js';

export const LISTENING_ENTITIES = [ListenerEntity, ListenEntity];
