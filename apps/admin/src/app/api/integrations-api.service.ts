import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type IntegrationDto,
  type IntegrationTestDto,
  type SaveIntegrationRequest,
  type WebhookDto,
} from '@app/contracts';
import { Observable } from 'rxjs';

import { apiUrl } from './api-url';

/** Media servers, notifications and inbound webhooks (`/api/v1/integrations`, `/api/v1/webhooks`). */
@Injectable({ providedIn: 'root' })
export class IntegrationsApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<IntegrationDto[]> {
    return this.http.get<IntegrationDto[]>(apiUrl(ApiRoutes.integrations));
  }

  create(request: SaveIntegrationRequest): Observable<IntegrationDto> {
    return this.http.post<IntegrationDto>(apiUrl(ApiRoutes.integrations), request);
  }

  update(id: string, request: SaveIntegrationRequest): Observable<IntegrationDto> {
    return this.http.put<IntegrationDto>(apiUrl(ApiRoutes.integrations, id), request);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(apiUrl(ApiRoutes.integrations, id));
  }

  test(id: string): Observable<IntegrationTestDto> {
    return this.http.post<IntegrationTestDto>(apiUrl(ApiRoutes.integrations, id, 'test'), {});
  }

  webhooks(): Observable<WebhookDto[]> {
    return this.http.get<WebhookDto[]>(apiUrl(ApiRoutes.webhooks));
  }
}
