import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { TransactionRunner } from '@app/db';
import { SessionEntity } from './session.entity.js';

export const SESSION_COOKIE = 'truetrack_session';
const DAY_MS = 86_400_000;
/** A session's last use is written at most this often: reads stay reads. */
const TOUCH_EVERY_MS = 60_000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Sign-in sessions of the admin UI: random tokens in a cookie, valid while used within `sessionDays`. */
@Injectable()
export class Sessions {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
  ) {}

  get maxAgeMs(): number {
    return this.config.auth.sessionDays * DAY_MS;
  }

  async open(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    await this.tx.run(async (m) => {
      await m.delete(SessionEntity, { expiresAt: LessThan(now) });
      await m.insert(SessionEntity, {
        tokenHash: hashOf(token),
        userId,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: now + this.maxAgeMs,
      });
    });
    return token;
  }

  /** The user id of a live session, sliding its expiry forward. */
  async userOf(token: string): Promise<string | undefined> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
    const tokenHash = hashOf(token);
    const row = await this.tx.outsideTransaction((m) => m.findOne(SessionEntity, { where: { tokenHash } }));
    const now = Date.now();
    if (!row || row.expiresAt <= now) return undefined;
    if (now - row.lastSeenAt > TOUCH_EVERY_MS)
      await this.tx.run((m) =>
        m.update(SessionEntity, { tokenHash }, { lastSeenAt: now, expiresAt: now + this.maxAgeMs }),
      );
    return row.userId;
  }

  async close(token: string): Promise<void> {
    await this.tx.run((m) => m.delete(SessionEntity, { tokenHash: hashOf(token) }));
  }

  async closeAllOf(userId: string): Promise<void> {
    await this.tx.run((m) => m.delete(SessionEntity, { userId }));
  }
}
