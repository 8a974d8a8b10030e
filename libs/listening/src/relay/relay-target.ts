import type { ListenerEntity } from '../listeners/listener.entity.js';
import type { ListenRelayEntity } from './listen-relay.entity.js';

export type RelayTargetName = ListenRelayEntity['target'];

/** What became of a batch: sent (rows deleted), to try again (rows kept, later), or refused for good. */
export type RelayOutcome =
  | { kind: 'sent'; retry?: ListenRelayEntity[]; dropped?: { rows: ListenRelayEntity[]; reason: string } }
  | { kind: 'retry'; reason: string }
  | { kind: 'drop'; reason: string; sessionBroken?: boolean };

/** A service listens are forwarded to for a listener. */
export interface RelayTarget {
  readonly name: RelayTargetName;
  readonly label: string;
  /** Most listens one call takes. */
  readonly batchSize: number;
  /** Whether this listener forwards there now. */
  relays(listener: ListenerEntity): boolean;
  send(listener: ListenerEntity | null, rows: ListenRelayEntity[]): Promise<RelayOutcome>;
}
