import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { sameSecret } from '../api-key/api-keys.service.js';
import { Users } from '../users/users.service.js';

/** The file in the data folder that holds the first-run setup token until the first user exists. */
export const SETUP_TOKEN_FILE = 'setup-token';

/** Where a person finds the token, for the refusal and the setup page. */
export const SETUP_TOKEN_HINT =
  'The setup token is printed in the server log at first start and kept in the file setup-token in the data ' +
  'folder; `truetrack setup-token` shows it';

/**
 * A one-time token that proves the first user is created by whoever runs the server, not by the first visitor
 * to reach a fresh install listening on every interface. Kept in the data folder (owner-only), so every
 * process sharing the folder agrees on it; removed once the first user exists.
 */
@Injectable()
export class SetupToken implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: Users,
  ) {}

  async onModuleInit(): Promise<void> {
    if (await this.users.hasAnyUser()) await this.discard();
    else await this.current();
  }

  /** The token while setup is due (created on first need), undefined once a user exists. */
  async current(): Promise<string | undefined> {
    if (await this.users.hasAnyUser()) return undefined;
    const existing = await this.read();
    if (existing) return existing;
    const token = randomBytes(18).toString('base64url');
    try {
      await writeFile(this.file, `${token}\n`, { mode: 0o600, flag: 'wx' });
      return token;
    } catch (error) {
      // Another process sharing the data folder wrote it first: theirs is the token.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return this.read();
      throw error;
    }
  }

  async matches(candidate: string | undefined): Promise<boolean> {
    const token = await this.read();
    return candidate !== undefined && token !== undefined && sameSecret(candidate.trim(), token);
  }

  async discard(): Promise<void> {
    await rm(this.file, { force: true });
  }

  private get file(): string {
    return join(this.config.paths.dataDir, SETUP_TOKEN_FILE);
  }

  private async read(): Promise<string | undefined> {
    try {
      return (await readFile(this.file, 'utf8')).trim() || undefined;
    } catch {
      return undefined;
    }
  }
}
