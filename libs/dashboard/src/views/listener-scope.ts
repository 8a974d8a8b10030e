import { Injectable } from '@nestjs/common';
import { callerOf } from '@app/auth';
import { ValidationError } from '@app/core';
import { Listeners } from '@app/listening';

export interface ScopedListener {
  id: string;
  name: string;
  timeZone: string;
}

/**
 * Whose dashboard a request asks for: the listener it names, else the signed-in user's own. Every TrueTrack user
 * is an administrator and may look at anyone's; an API key (scripts) has no listener of its own, so it names one
 * unless there is only one.
 */
@Injectable()
export class ListenerScope {
  constructor(private readonly listeners: Listeners) {}

  async of(request: object, listenerId: string | undefined): Promise<ScopedListener> {
    if (listenerId) return this.listeners.get(listenerId);
    const caller = callerOf(request);
    if (caller?.via === 'session') {
      const own = await this.listeners.byUser(caller.userId);
      if (own) return own;
    }
    const all = await this.listeners.list();
    if (all.length === 1) return all[0]!;
    throw new ValidationError(
      'listenerId',
      all.length ? 'listenerId must name whose dashboard to show' : 'listenerId: no listener exists yet',
    );
  }
}
