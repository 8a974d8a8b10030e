import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConflictException, Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { SettingsStore } from '@app/db';

const SETTING = 'auth.apiKey';
/** Other API processes may regenerate the key: a key we do not know is looked up again at most this often. */
const REREAD_MS = 2000;

/** The file beside the database that local tools (the command line client) read the key from. */
export const API_KEY_FILE = 'api-key';

export function newApiKey(): string {
  return randomBytes(16).toString('hex');
}

/**
 * The one API key: given by the environment, or generated at first start and kept in the database (and in
 * `<data dir>/api-key`, readable by its owner only, for local tools).
 */
@Injectable()
export class ApiKeys implements OnModuleInit {
  private readonly logger = new Logger(ApiKeys.name);
  private current = '';
  private lastRead = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settings: SettingsStore,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.load();
    if (!this.current) {
      this.current = newApiKey();
      await this.settings.set(SETTING, this.current);
      this.logger.log('Generated an API key; it is shown in Settings → Security');
    }
    await this.writeKeyFile();
  }

  /** Whether the environment fixes the key (then it cannot be regenerated here). */
  get fixed(): boolean {
    return this.config.auth.apiKey !== undefined;
  }

  key(): string {
    return this.current;
  }

  async matches(candidate: string): Promise<boolean> {
    if (sameSecret(candidate, this.current)) return true;
    if (this.fixed || Date.now() - this.lastRead < REREAD_MS) return false;
    await this.load();
    return sameSecret(candidate, this.current);
  }

  async regenerate(): Promise<string> {
    if (this.fixed) throw new ConflictException('The API key is set by TRUETRACK_API_KEY; change it there');
    this.current = newApiKey();
    await this.settings.set(SETTING, this.current);
    await this.writeKeyFile();
    return this.current;
  }

  private async load(): Promise<void> {
    this.lastRead = Date.now();
    this.current = this.config.auth.apiKey ?? (await this.settings.get<string>(SETTING)) ?? '';
  }

  private async writeKeyFile(): Promise<void> {
    try {
      const file = join(this.config.paths.dataDir, API_KEY_FILE);
      await writeFile(file, `${this.current}\n`, { mode: 0o600 });
      await chmod(file, 0o600);
    } catch (error) {
      this.logger.warn(`Cannot write the API key file for local tools: ${(error as Error).message}`);
    }
  }
}

/** Compares digests so the time taken does not tell how much of a guess was right. */
export function sameSecret(a: string, b: string): boolean {
  if (!a || !b) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
