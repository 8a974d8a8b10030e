import { randomUUID } from 'node:crypto';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionRunner } from '@app/db';
import { hashPassword, needsRehash, verifyPassword } from '../passwords/password-hasher.js';
import { UserEntity } from './user.entity.js';

export interface UserView {
  username: string;
  createdAt: string;
  lastLoginAt?: string;
}

/** Admin UI users; usernames compare without regard to case. */
@Injectable()
export class Users {
  constructor(private readonly tx: TransactionRunner) {}

  async hasAnyUser(): Promise<boolean> {
    return (await this.tx.outsideTransaction((m) => m.count(UserEntity))) > 0;
  }

  async list(): Promise<UserView[]> {
    const rows = await this.tx.outsideTransaction((m) => m.find(UserEntity, { order: { createdAt: 'ASC' } }));
    return rows.map(view);
  }

  /**
   * Creates a user; `onlyFirst` refuses when any user exists (the first-run page), atomically. Both refusals are
   * checked before the costly hash too, so refused calls cost no hashing.
   */
  async create(username: string, password: string, onlyFirst = false): Promise<UserEntity> {
    await this.tx.outsideTransaction(async (m) => {
      if (onlyFirst && (await m.count(UserEntity)) > 0)
        throw new ConflictException('TrueTrack is already set up; sign in instead');
      if (await this.findIn(m, username)) throw new ConflictException(`username ${username} is taken`);
    });
    const passwordHash = await hashPassword(password);
    return this.tx.run(async (m) => {
      if (onlyFirst && (await m.count(UserEntity)) > 0)
        throw new ConflictException('TrueTrack is already set up; sign in instead');
      if (await this.findIn(m, username)) throw new ConflictException(`username ${username} is taken`);
      const user = m.create(UserEntity, {
        id: randomUUID(),
        username,
        passwordHash,
        createdAt: Date.now(),
        lastLoginAt: null,
      });
      return m.save(UserEntity, user);
    });
  }

  /** The user when the password is right; undefined for a wrong password or an unknown name alike. */
  async verify(username: string, password: string): Promise<UserEntity | undefined> {
    const user = await this.tx.outsideTransaction((m) => this.findIn(m, username));
    // An unknown name costs a hash too, so timing does not tell which names exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!user || !ok) return undefined;
    // A hash made with an older, lower cost is replaced while the password is at hand.
    const rehashed = needsRehash(user.passwordHash) ? { passwordHash: await hashPassword(password) } : {};
    await this.tx.run((m) => m.update(UserEntity, { id: user.id }, { lastLoginAt: Date.now(), ...rehashed }));
    return user;
  }

  async byId(id: string): Promise<UserEntity | undefined> {
    return (await this.tx.outsideTransaction((m) => m.findOne(UserEntity, { where: { id } }))) ?? undefined;
  }

  async changePassword(userId: string, current: string, next: string): Promise<boolean> {
    const user = await this.byId(userId);
    if (!user || !(await verifyPassword(current, user.passwordHash))) return false;
    const passwordHash = await hashPassword(next);
    await this.tx.run((m) => m.update(UserEntity, { id: userId }, { passwordHash }));
    return true;
  }

  /** Removes a user; the last one stays, or nobody could sign in again. */
  async remove(username: string): Promise<UserEntity> {
    return this.tx.run(async (m) => {
      const user = await this.findIn(m, username);
      if (!user) throw new NotFoundException(`No user named ${username}`);
      if ((await m.count(UserEntity)) === 1) throw new ConflictException('The last user cannot be removed');
      await m.delete(UserEntity, { id: user.id });
      return user;
    });
  }

  private async findIn(m: EntityManager, username: string): Promise<UserEntity | undefined> {
    const row = await m
      .createQueryBuilder(UserEntity, 'u')
      .where('LOWER(u.username) = LOWER(:username)', { username })
      .getOne();
    return row ?? undefined;
  }
}

// Verified against when the name is unknown: the current cost, so it takes as long as a real user's check.
const UNKNOWN_USER_HASH = 'scrypt$131072$8$1$3q2+7w3q2+7w3q2+7w3q2w==$VGhpcyBpcyBub3QgYSByZWFsIHBhc3N3b3JkIGhhc2g=';

function view(user: UserEntity): UserView {
  return {
    username: user.username,
    createdAt: new Date(user.createdAt).toISOString(),
    ...(user.lastLoginAt && { lastLoginAt: new Date(user.lastLoginAt).toISOString() }),
  };
}

export { view as userView };
