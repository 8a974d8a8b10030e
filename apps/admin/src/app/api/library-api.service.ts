import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type LibraryTrackDetailDto,
  type LibraryTrackPage,
  type ListLibraryTracksQuery,
  type RenamePreviewDto,
  type RenameResultDto,
} from '@app/contracts';
import { Observable } from 'rxjs';

import { apiUrl } from './api-url';

/** The library index, its media and renaming (`/api/v1/library/...`). */
@Injectable({ providedIn: 'root' })
export class LibraryApiService {
  private readonly http = inject(HttpClient);

  tracks(query: ListLibraryTracksQuery = {}): Observable<LibraryTrackPage> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<LibraryTrackPage>(apiUrl(ApiRoutes.libraryTracks), { params });
  }

  track(id: string): Observable<LibraryTrackDetailDto> {
    return this.http.get<LibraryTrackDetailDto>(apiUrl(ApiRoutes.libraryTracks, id));
  }

  /** Same-origin media URLs: the browser sends the session cookie and asks for byte ranges by itself. */
  coverUrl(id: string): string {
    return apiUrl(ApiRoutes.libraryTracks, id, 'cover');
  }

  streamUrl(id: string): string {
    return apiUrl(ApiRoutes.libraryTracks, id, 'stream');
  }

  renamePreview(): Observable<RenamePreviewDto> {
    return this.http.get<RenamePreviewDto>(apiUrl(ApiRoutes.libraryRename));
  }

  rename(trackIds?: string[]): Observable<RenameResultDto> {
    return this.http.post<RenameResultDto>(apiUrl(ApiRoutes.libraryRename), trackIds ? { trackIds } : {});
  }
}
