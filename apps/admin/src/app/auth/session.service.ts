import { Injectable, inject, signal } from '@angular/core';
import type { AuthStatusDto } from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { AuthApiService } from '../api/auth-api.service';
import { toProblem } from '../api/api-problem';

/** What the UI knows about the person using it. `authAvailable` is false on a server without sign-in. */
export interface Session extends AuthStatusDto {
  authAvailable: boolean;
}

const OPEN_SERVER: Session = { setupRequired: false, authenticated: true, authAvailable: false };

/** Whether this browser is signed in, asked once and updated by sign-in, sign-out and 401 answers. */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly api = inject(AuthApiService);
  private readonly current = signal<Session | undefined>(undefined);
  private pending: Promise<Session> | undefined;
  readonly session = this.current.asReadonly();

  /** The known session, or the server's answer to `GET /auth/status`. */
  ensure(): Promise<Session> {
    const known = this.current();
    if (known) return Promise.resolve(known);
    this.pending ??= this.refresh().finally(() => (this.pending = undefined));
    return this.pending;
  }

  async refresh(): Promise<Session> {
    try {
      const status = await firstValueFrom(this.api.status());
      return this.set({ ...status, authAvailable: true });
    } catch (err) {
      // A server without the auth routes lets everyone in; anything else is a real failure to show.
      if (toProblem(err).status === 404) return this.set(OPEN_SERVER);
      throw err;
    }
  }

  signedIn(username: string): void {
    this.set({ setupRequired: false, authenticated: true, authAvailable: true, user: { username } });
  }

  signedOut(): void {
    const known = this.current();
    this.set({ setupRequired: known?.setupRequired ?? false, authenticated: false, authAvailable: true });
  }

  private set(session: Session): Session {
    this.current.set(session);
    return session;
  }
}
