import type { ListenEntity } from '../listens/listen.entity.js';
import type { MappedBy } from './mapped-by.js';

/** What mapping decided for one listen: its recording (or none, and why) and the library track it is a play of. */
export interface Decided {
  listen: Pick<ListenEntity, 'id'>;
  decision: { mbid: string | null; by: MappedBy };
  trackId: string | null;
}
