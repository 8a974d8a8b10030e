import type { AppConfig } from '@app/config';
import { HttpClient } from '@app/platform';
import type { ListenerEntity } from '../listeners/listener.entity.js';
import type { ListenRelayEntity } from './listen-relay.entity.js';
import type { RelayOutcome, RelayTarget } from './relay-target.js';

/**
 * ListenBrainz takes `import` batches of up to 1000 with the listener's token. Any refusal is tried again: a wrong
 * token is fixed by the person, and ListenBrainz keeps one listen per time and recording.
 */
export class ListenBrainzRelay implements RelayTarget {
  readonly name = 'listenbrainz' as const;
  readonly label = 'ListenBrainz';
  readonly batchSize = 1000;
  private readonly http: HttpClient;

  constructor(config: AppConfig) {
    this.http = new HttpClient({
      baseUrl: config.listening.listenBrainzUrl,
      timeoutMs: config.providers.timeoutMs,
      userAgent: 'TrueTrack',
      // The queue retries, with its own backoff.
      maxRetries: 0,
    });
  }

  relays(listener: ListenerEntity): boolean {
    return listener.relayListenBrainz && Boolean(listener.listenBrainzToken);
  }

  async send(listener: ListenerEntity | null, rows: ListenRelayEntity[]): Promise<RelayOutcome> {
    if (!listener?.listenBrainzToken) return { kind: 'retry', reason: 'the listener has no ListenBrainz token' };
    try {
      const status = await this.http.send({
        method: 'POST',
        path: '1/submit-listens',
        headers: { Authorization: `Token ${listener.listenBrainzToken}`, 'Content-Type': 'application/json' },
        body: { listen_type: 'import', payload: rows.map((row) => row.listen) },
      });
      return status >= 200 && status < 300
        ? { kind: 'sent' }
        : { kind: 'retry', reason: `ListenBrainz answered ${status}` };
    } catch (error) {
      return { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
    }
  }
}
