import { SessionEntity } from './sessions/session.entity.js';
import { UserEntity } from './users/user.entity.js';

export const AUTH_ENTITIES = [UserEntity, SessionEntity];
