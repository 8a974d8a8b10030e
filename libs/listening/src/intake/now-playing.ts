import { Injectable } from '@nestjs/common';
import type { SubmittedListen } from './submitted-listen.js';

/** How long a playing_now without a duration stays shown, as ListenBrainz's PLAYING_NOW_MAX_DURATION. */
const MAX_PLAYING_NOW_MS = 10 * 60 * 1000;

interface Playing {
  listen: SubmittedListen;
  until: number;
}

/** What each listener is playing now: kept in memory for the track's length, as ListenBrainz keeps it. */
@Injectable()
export class NowPlaying {
  private readonly playing = new Map<string, Playing>();

  set(listenerId: string, listen: SubmittedListen, now = Date.now()): void {
    const info = listen.trackMetadata.additional_info ?? {};
    const durationMs =
      typeof info['duration'] === 'number'
        ? info['duration'] * 1000
        : typeof info['duration_ms'] === 'number'
          ? info['duration_ms']
          : MAX_PLAYING_NOW_MS;
    this.playing.set(listenerId, { listen, until: now + durationMs });
  }

  get(listenerId: string, now = Date.now()): SubmittedListen | undefined {
    const entry = this.playing.get(listenerId);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.playing.delete(listenerId);
      return undefined;
    }
    return entry.listen;
  }
}
