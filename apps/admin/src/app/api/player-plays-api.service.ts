import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type { QueueItem } from '../player/play-queue';

/** Where the player reports a play, so it counts as a listen of the signed-in person (the listening feature's route). */
export const PLAYER_PLAYS_URL = '/api/v1/listens/played';

export interface PlayerPlay {
  item: QueueItem;
  /** When the play started. */
  startedAt: Date;
}

@Injectable({ providedIn: 'root' })
export class PlayerPlaysApiService {
  private readonly http = inject(HttpClient);

  /** The listen names the track as its tags do; listen mapping links it to the library track. */
  record({ item, startedAt }: PlayerPlay): Observable<unknown> {
    return this.http.post(PLAYER_PLAYS_URL, {
      artistName: item.artist,
      trackName: item.title,
      ...(item.album && { releaseName: item.album }),
      ...(item.durationMs !== undefined && { durationMs: Math.round(item.durationMs) }),
      listenedAt: startedAt.toISOString(),
    });
  }
}
