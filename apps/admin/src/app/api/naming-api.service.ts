import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type NamingPreviewDto,
  type NamingSettingsDto,
  type NamingTemplatesDto,
  type UpdateNamingRequest,
} from '@app/contracts';
import { Observable } from 'rxjs';

import { apiUrl } from './api-url';

/** Naming templates (`/api/v1/library/naming`). */
@Injectable({ providedIn: 'root' })
export class NamingApiService {
  private readonly http = inject(HttpClient);

  get(): Observable<NamingSettingsDto> {
    return this.http.get<NamingSettingsDto>(apiUrl(ApiRoutes.libraryNaming));
  }

  save(templates: UpdateNamingRequest): Observable<NamingSettingsDto> {
    return this.http.put<NamingSettingsDto>(apiUrl(ApiRoutes.libraryNaming), templates);
  }

  preview(templates: Partial<NamingTemplatesDto>): Observable<NamingPreviewDto> {
    return this.http.post<NamingPreviewDto>(apiUrl(ApiRoutes.libraryNaming, 'preview'), { templates });
  }
}
