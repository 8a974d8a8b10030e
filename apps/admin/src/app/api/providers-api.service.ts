import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type ProviderDto, type ProviderTestDto } from '@app/contracts';
import { Observable } from 'rxjs';

import { apiUrl } from './api-url';

/** Metadata and source providers (`/api/v1/providers`). */
@Injectable({ providedIn: 'root' })
export class ProvidersApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<ProviderDto[]> {
    return this.http.get<ProviderDto[]>(apiUrl(ApiRoutes.providers));
  }

  test(id: string): Observable<ProviderTestDto> {
    return this.http.post<ProviderTestDto>(apiUrl(ApiRoutes.providers, id, 'test'), {});
  }
}
