import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

/**
 * Where the player reports a play so it counts as a listen of the signed-in person. The route belongs to the
 * listening feature; this one method is the only place that knows it, so it is rewired here alone.
 */
export const PLAYER_PLAYS_URL = '/api/v1/listening/player-plays';

export interface PlayerPlay {
  trackId: string;
  /** When the play started (ISO 8601). */
  startedAt: string;
  /** How much of it was heard. */
  playedMs: number;
}

@Injectable({ providedIn: 'root' })
export class PlayerPlaysApiService {
  private readonly http = inject(HttpClient);

  record(play: PlayerPlay): Observable<unknown> {
    return this.http.post(PLAYER_PLAYS_URL, play);
  }
}
