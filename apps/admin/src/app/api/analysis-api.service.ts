import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type TrackAnalysisDto } from '@app/contracts';
import { Observable } from 'rxjs';

import { apiUrl } from './api-url';

/** A library track's audio analysis (`/api/v1/analysis/...`). */
@Injectable({ providedIn: 'root' })
export class AnalysisApiService {
  private readonly http = inject(HttpClient);

  /** 404 until the track has been analysed. */
  track(id: string): Observable<TrackAnalysisDto> {
    return this.http.get<TrackAnalysisDto>(apiUrl(ApiRoutes.analysisTrack, id));
  }
}
