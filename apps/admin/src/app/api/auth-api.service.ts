import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type ApiKeyDto,
  type AuthSettingsDto,
  type AuthStatusDto,
  type AuthenticationRequired,
  type SetupRequest,
  type SignedInDto,
  type UserDto,
} from '@app/contracts';
import { Observable } from 'rxjs';

import { apiUrl } from './api-url';

/** Sign-in, first run, API key and users (`/api/v1/auth`). */
@Injectable({ providedIn: 'root' })
export class AuthApiService {
  private readonly http = inject(HttpClient);

  status(): Observable<AuthStatusDto> {
    return this.http.get<AuthStatusDto>(apiUrl(ApiRoutes.auth, 'status'));
  }

  setup(request: SetupRequest): Observable<SignedInDto> {
    return this.http.post<SignedInDto>(apiUrl(ApiRoutes.auth, 'setup'), request);
  }

  login(username: string, password: string): Observable<SignedInDto> {
    return this.http.post<SignedInDto>(apiUrl(ApiRoutes.auth, 'login'), { username, password });
  }

  logout(): Observable<void> {
    return this.http.post<void>(apiUrl(ApiRoutes.auth, 'logout'), {});
  }

  apiKey(): Observable<ApiKeyDto> {
    return this.http.get<ApiKeyDto>(apiUrl(ApiRoutes.auth, 'api-key'));
  }

  regenerateApiKey(): Observable<ApiKeyDto> {
    return this.http.post<ApiKeyDto>(apiUrl(ApiRoutes.auth, 'api-key', 'regenerate'), {});
  }

  users(): Observable<UserDto[]> {
    return this.http.get<UserDto[]>(apiUrl(ApiRoutes.auth, 'users'));
  }

  addUser(username: string, password: string): Observable<UserDto> {
    return this.http.post<UserDto>(apiUrl(ApiRoutes.auth, 'users'), { username, password });
  }

  removeUser(username: string): Observable<void> {
    return this.http.delete<void>(apiUrl(ApiRoutes.auth, 'users', username));
  }

  settings(): Observable<AuthSettingsDto> {
    return this.http.get<AuthSettingsDto>(apiUrl(ApiRoutes.auth, 'settings'));
  }

  saveSettings(authenticationRequired: AuthenticationRequired): Observable<AuthSettingsDto> {
    return this.http.put<AuthSettingsDto>(apiUrl(ApiRoutes.auth, 'settings'), {
      authenticationRequired,
    });
  }
}
