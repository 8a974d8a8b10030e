import { Injectable } from '@nestjs/common';
import { AcceptedListens } from '../listens/accepted-listens.service.js';
import { Listeners } from '../listeners/listeners.service.js';
import { type JellyfinPlayback, judgePlayback } from './jellyfin-playback.js';

export interface JellyfinListenOutcome {
  recorded: boolean;
  message: string;
}

const MBID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Jellyfin Webhook plugin plays become listens of the listener named like the Jellyfin user. */
@Injectable()
export class JellyfinListens {
  constructor(
    private readonly listeners: Listeners,
    private readonly accepted: AcceptedListens,
  ) {}

  async record(playback: JellyfinPlayback): Promise<JellyfinListenOutcome> {
    const verdict = judgePlayback(playback);
    if (!verdict.counts) return { recorded: false, message: verdict.reason };
    if (!playback.username) return { recorded: false, message: 'NotificationUsername is missing' };
    const listener = await this.listeners.byName(playback.username);
    if (!listener) return { recorded: false, message: `no listener is named ${playback.username}` };
    await this.accepted.accept(listener, [
      {
        listenerId: listener.id,
        listenedAt: verdict.listenedAt,
        artistName: playback.artist!,
        trackName: playback.name!,
        ...(playback.album ? { releaseName: playback.album } : {}),
        ...(verdict.durationMs ? { durationMs: verdict.durationMs } : {}),
        ...(playback.recordingMbid && MBID.test(playback.recordingMbid)
          ? { recordingMbid: playback.recordingMbid.toLowerCase() }
          : {}),
        source: 'jellyfin',
        client: 'Jellyfin',
      },
    ]);
    return { recorded: true, message: `listen recorded for ${listener.name}` };
  }
}
